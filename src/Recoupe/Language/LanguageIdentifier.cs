namespace Recoupe.Language;

/// <summary>PLACEHOLDER (to be replaced by the language stage): stopword counts.</summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    public LanguageGuess Identify(string text)
    {
        var words = Tokenizer.Tokenize(text).Take(400).Select(t => t.Lower).ToList();
        if (words.Count == 0) return LanguageGuess.Undetermined;
        var best = Stopwords.Languages.Select(l => (l, n: words.Count(w => Stopwords.IsStopword(w, l)))).MaxBy(x => x.n);
        return best.n == 0 ? LanguageGuess.Undetermined : new LanguageGuess(best.l, (double)best.n / words.Count);
    }
}
