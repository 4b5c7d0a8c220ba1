using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// "Selon X", "d'après X", "according to X", "cité par X": the source a sentence names for what it says. The source is the entity
/// named right after the cue when there is one, else the words up to the next punctuation ("selon un bilan officiel"). Relative
/// pronouns ("les informations selon lesquelles…") and personal pronouns are no source.
/// </summary>
internal static partial class SourceCues
{
    [GeneratedRegex(@"(?<![\p{L}])(?i:selon|d['’]après|according\s+to|cité\s+par|citée\s+par|citing)\s+(?<x>[^,;:.!?()«»""“”\n]{2,90})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Cue();

    private static readonly FrozenSet<string> NotASource = new[]
    {
        "lequel", "laquelle", "lesquels", "lesquelles", "moi", "lui", "elle", "elles", "eux", "nous", "vous", "ce", "cela", "ça", "qui", "quoi",
        "which", "whom", "whose", "him", "her", "them", "me", "us", "you", "it", "this", "that", "toute", "tout", "tous", "les", "le", "la",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = new[] { "l", "le", "la", "les", "un", "une", "des", "du", "de", "the", "a", "an" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The source named in the sentence, with the span of its name; null when none.</summary>
    /// <param name="entityAt">The resolved entity of a mention starting in a span, or null: (entity id, its name).</param>
    public static (Attribution Source, TextSpan Span)? Find(string text, TextSpan sentence, string language, Func<TextSpan, (int Id, string Name)?> entityAt) =>
        Read(text, sentence, language).Resolve(entityAt);

    /// <summary>
    /// What the sentence's words say of its source, before asking which entity is named there: the part that depends on the text
    /// alone, read once per sentence and kept with the article (<see cref="Analysis.SentenceTokens"/>), so a rebuild of the story
    /// runs the pattern again for the new article only.
    /// </summary>
    public static SourceCue Read(string text, TextSpan sentence, string language)
    {
        if (sentence.End > text.Length) return SourceCue.None;
        var chars = text.AsSpan(sentence.Start, sentence.Length);
        // Most sentences name no source: the pattern runs only where one of its cue words stands.
        if (chars.IndexOf("selon", StringComparison.OrdinalIgnoreCase) < 0 && chars.IndexOf("après", StringComparison.OrdinalIgnoreCase) < 0
            && chars.IndexOf("according", StringComparison.OrdinalIgnoreCase) < 0 && chars.IndexOf("cit", StringComparison.OrdinalIgnoreCase) < 0) return SourceCue.None;
        // No match timeout (it made answers depend on the machine's load): the pattern is linear, a cue word then at most 90 characters.
        var m = Cue().Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return SourceCue.None;
        var x = m.Groups["x"];
        var words = Tokenizer.Tokenize(text, new TextSpan(x.Index, x.Index + x.Length)).Take(6).ToList();
        int first = 0;
        while (first < words.Count && Articles.Contains(words[first].Lower)) first++;
        if (first >= words.Count || first == 0 && NotASource.Contains(words[0].Lower)) return SourceCue.None;
        var span = new TextSpan(words[first].Span.Start, words[^1].Span.End);
        var ask = new TextSpan(words[0].Span.Start, Math.Min(words[^1].Span.End, words[0].Span.Start + 40));
        // A source in words: its content words, up to the first verb-like break (four words are plenty to name it).
        var stopwords = Stopwords.For(language);
        var content = words.Skip(first).Take(4).Where(w => !stopwords.Contains(w.Lower)).Select(w => Stemmer.Stem(w.Lower, language)).ToList();
        if (content.Count == 0) return new SourceCue(ask, span, null, default);
        var named = new TextSpan(words[first].Span.Start, words[Math.Min(words.Count, first + 4) - 1].Span.End);
        return new SourceCue(ask, span, new Attribution("t:" + string.Join(' ', content), named.Of(text)), named);
    }
}

/// <summary>
/// A source cue read from a sentence's text (<see cref="SourceCues.Read"/>): where to look for a named entity, the span of the
/// source's name, and the source in words to fall back on when no entity is named there. <see cref="None"/>: no cue.
/// </summary>
internal sealed record SourceCue(TextSpan Ask, TextSpan Span, Attribution? InWords, TextSpan NamedSpan)
{
    public static readonly SourceCue None = new(default, default, null, default);

    /// <summary>The source: the entity named where the cue points (as the story resolves it), else the source in words.</summary>
    public (Attribution Source, TextSpan Span)? Resolve(Func<TextSpan, (int Id, string Name)?> entityAt)
    {
        if (ReferenceEquals(this, None)) return null;
        if (entityAt(Ask) is { } entity) return (new Attribution("e" + entity.Id, entity.Name), Span);
        return InWords is null ? null : (InWords, NamedSpan);
    }
}
