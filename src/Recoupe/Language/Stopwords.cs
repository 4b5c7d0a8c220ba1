using System.Collections.Concurrent;
using System.Collections.Frozen;
using Lucene.Net.Analysis.Util;

namespace Recoupe.Language;

/// <summary>
/// Stopword lists per language, read from Lucene.Net's analyzers (no data of our own to keep up to date).
/// </summary>
public static class Stopwords
{
    private static readonly ConcurrentDictionary<string, FrozenSet<string>> Cache = new();

    public static readonly IReadOnlyList<string> Languages =
        ["fr", "en", "de", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "ru", "hu", "ro", "tr", "ca", "cs", "el", "pl"];

    public static FrozenSet<string> For(string language) => Cache.GetOrAdd(language, Load);

    public static bool IsStopword(string lowerWord, string language) => For(language).Contains(lowerWord);

    private static FrozenSet<string> Load(string language)
    {
        CharArraySet? set = language switch
        {
            "fr" => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
            "en" => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
            "de" => Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet,
            "es" => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
            "it" => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
            "pt" => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
            "nl" => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
            "sv" => Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet,
            "da" => Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet,
            "no" => Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet,
            "fi" => Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet,
            "ru" => Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet,
            "hu" => Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet,
            "ro" => Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet,
            "tr" => Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet,
            "ca" => Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet,
            "cs" => Lucene.Net.Analysis.Cz.CzechAnalyzer.DefaultStopSet,
            "el" => Lucene.Net.Analysis.El.GreekAnalyzer.DefaultStopSet,
            _ => null,
        };
        if (set is null) return FrozenSet<string>.Empty;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in set)
        {
            if (w is not null) words.Add(w);
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
