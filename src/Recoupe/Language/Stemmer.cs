using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Recoupe.Language;

/// <summary>
/// Snowball stemmers from Lucene.Net, one per language and thread (Snowball programs are stateful).
/// Unknown languages fall back to lower-casing.
/// </summary>
public static class Stemmer
{
    [ThreadStatic] private static Dictionary<string, SnowballProgram?>? _perThread;
    private static readonly ConcurrentDictionary<string, bool> Supported = new();

    public static string Stem(string lowerWord, string language)
    {
        if (lowerWord.Length < 3 || char.IsDigit(lowerWord[0])) return lowerWord;
        _perThread ??= new Dictionary<string, SnowballProgram?>();
        if (!_perThread.TryGetValue(language, out var program))
        {
            program = Create(language);
            _perThread[language] = program;
        }
        if (program is null) return lowerWord;
        program.SetCurrent(lowerWord);
        program.Stem();
        return program.Current;
    }

    public static bool Supports(string language) => Supported.GetOrAdd(language, l => Create(l) is not null);

    private static SnowballProgram? Create(string language) => language switch
    {
        "fr" => new FrenchStemmer(),
        "en" => new EnglishStemmer(),
        "de" => new German2Stemmer(),
        "es" => new SpanishStemmer(),
        "it" => new ItalianStemmer(),
        "pt" => new PortugueseStemmer(),
        "nl" => new DutchStemmer(),
        "sv" => new SwedishStemmer(),
        "da" => new DanishStemmer(),
        "no" => new NorwegianStemmer(),
        "fi" => new FinnishStemmer(),
        "ru" => new RussianStemmer(),
        "hu" => new HungarianStemmer(),
        "ro" => new RomanianStemmer(),
        "tr" => new TurkishStemmer(),
        _ => null,
    };
}
