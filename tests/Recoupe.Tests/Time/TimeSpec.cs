using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Tests.Time;

/// <summary>Tags a sentence and checks one expression's span, type and value; shared by the spec tests.</summary>
internal static class TimeSpec
{
    private static readonly TimeTagger Tagger = new();
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>Tuesday 2023-09-12 (ISO week 37): the publication date of every spec unless a test says otherwise.</summary>
    public static readonly DateStamp Tuesday = DateStamp.Day(2023, 9, 12);

    public static List<TimeMention> Tag(string text, string language, DateStamp? anchor) =>
        [.. Tagger.Tag(new AnnotationContext(text, language, Splitter.Split(text, language), anchor))];

    public static void AssertHas(string text, string language, DateStamp? anchor, string span, TimexType type, string value)
    {
        var found = Tag(text, language, anchor);
        var described = string.Join(" | ", found.Select(t => $"[{t.Span.Of(text)}] {t.Type} {t.Value}"));
        Assert.True(found.Any(t => t.Span.Of(text) == span && t.Type == type && t.Value == value),
            $"expected [{span}] {type} {value}; got {described}");
    }

    public static void AssertNone(string text, string language, string span)
    {
        var found = Tag(text, language, Tuesday);
        var described = string.Join(" | ", found.Select(t => $"[{t.Span.Of(text)}] {t.Type} {t.Value}"));
        Assert.False(found.Any(t => t.Span.Of(text).Contains(span, StringComparison.Ordinal)), $"[{span}] is no time expression; got {described}");
    }
}
