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
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
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
    public static (Attribution Source, TextSpan Span)? Find(string text, TextSpan sentence, string language, Func<TextSpan, (int Id, string Name)?> entityAt)
    {
        if (sentence.End > text.Length) return null;
        var chars = text.AsSpan(sentence.Start, sentence.Length);
        // Most sentences name no source: the pattern runs only where one of its cue words stands.
        if (chars.IndexOf("selon", StringComparison.OrdinalIgnoreCase) < 0 && chars.IndexOf("après", StringComparison.OrdinalIgnoreCase) < 0
            && chars.IndexOf("according", StringComparison.OrdinalIgnoreCase) < 0 && chars.IndexOf("cit", StringComparison.OrdinalIgnoreCase) < 0) return null;
        Match m;
        try
        {
            m = Cue().Match(text, sentence.Start, sentence.Length);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        if (!m.Success) return null;
        var x = m.Groups["x"];
        var words = Tokenizer.Tokenize(text, new TextSpan(x.Index, x.Index + x.Length)).Take(6).ToList();
        int first = 0;
        while (first < words.Count && Articles.Contains(words[first].Lower)) first++;
        if (first >= words.Count || first == 0 && NotASource.Contains(words[0].Lower)) return null;
        var span = new TextSpan(words[first].Span.Start, words[^1].Span.End);
        if (entityAt(new TextSpan(words[0].Span.Start, Math.Min(words[^1].Span.End, words[0].Span.Start + 40))) is { } entity)
            return (new Attribution("e" + entity.Id, entity.Name), span);
        // A source in words: its content words, up to the first verb-like break (four words are plenty to name it).
        var stopwords = Stopwords.For(language);
        var content = words.Skip(first).Take(4).Where(w => !stopwords.Contains(w.Lower)).Select(w => Stemmer.Stem(w.Lower, language)).ToList();
        if (content.Count == 0) return null;
        var named = new TextSpan(words[first].Span.Start, words[Math.Min(words.Count, first + 4) - 1].Span.End);
        return (new Attribution("t:" + string.Join(' ', content), named.Of(text)), named);
    }
}
