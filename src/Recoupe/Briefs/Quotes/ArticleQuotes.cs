using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Briefs.Quotes;

/// <summary>
/// The words of an article's quotations, read once: each quotation's text trimmed of its marks, its lower-cased words and their
/// surface forms, and its distinct words for grouping. None of it depends on the story (only who the speaker resolves to does),
/// so <see cref="Analysis.ArticleSentences"/> keeps it with the article and a rebuild tokenises the new article's quotes only.
/// Used only for the quotations it was read from (<see cref="Fits"/>): the article cache checks text and sentences, not quotes.
/// </summary>
internal sealed class ArticleQuotes
{
    private readonly ImmutableArray<QuoteMention> _quotes;

    private ArticleQuotes(ImmutableArray<QuoteMention> quotes, QuoteWords?[] words)
    {
        _quotes = quotes;
        Words = words;
    }

    /// <summary>For each quotation of the article, its words; null for one outside the text or empty once trimmed.</summary>
    public QuoteWords?[] Words { get; }

    public bool Fits(ImmutableArray<QuoteMention> quotes) =>
        quotes == _quotes || quotes.AsSpan().SequenceEqual(_quotes.AsSpan());

    public static ArticleQuotes Read(string text, ImmutableArray<QuoteMention> quotes)
    {
        var words = new QuoteWords?[quotes.Length];
        for (int k = 0; k < quotes.Length; k++)
        {
            var q = quotes[k];
            if (q.Span.End > text.Length || q.Span.Length == 0) continue;
            var quoteText = Trim(q.Span.Of(text));
            if (quoteText.Length == 0) continue;
            var tokens = Language.Tokenizer.Tokenize(quoteText).ToList();
            words[k] = new QuoteWords(quoteText, tokens.Select(t => t.Lower).ToArray(), tokens.Select(t => t.Span.Of(quoteText)).ToArray());
        }
        return new ArticleQuotes(quotes, words);
    }

    private static readonly char[] QuoteMarks = ['"', '«', '»', '“', '”', '„', '‟', '\'', '‘', '’', ' ', '\u00A0', '\u202F', '\n', '\r', '\t'];

    private static string Trim(string text) => string.Join(' ', text.Trim(QuoteMarks).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One quotation's text (marks trimmed, spaces collapsed), its lower-cased words and their surface forms.</summary>
internal sealed record QuoteWords(string Text, string[] Lower, string[] Surface)
{
    private HashSet<string>? _set;

    /// <summary>Its distinct words (ordinal), made once, for <see cref="QuoteGrouper"/>'s overlap. A race makes it twice, harmlessly.</summary>
    public HashSet<string> Distinct => _set ??= new HashSet<string>(Lower, StringComparer.Ordinal);

    private LanguageStems? _stems;

    /// <summary>
    /// Its words' stems in a language (<see cref="Conflicts.QuoteWordingDetector"/> compares quotes by stem), made once and kept with
    /// the article's reading, so that a rebuild does not stem every quotation again for every pair. One language is kept (the
    /// article's, in practice); a race or another language makes them again, harmlessly.
    /// </summary>
    public string[] StemsIn(string language)
    {
        if (_stems is { } kept && string.Equals(kept.Language, language, StringComparison.Ordinal)) return kept.Stems;
        var made = new LanguageStems(language, Conflicts.QuoteWordingDetector.Stems(Lower, language));
        _stems = made;
        return made.Stems;
    }

    private sealed record LanguageStems(string Language, string[] Stems);
}
