using System.Collections.Frozen;
using Recoupe.Language;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Words that attribute a statement rather than state it ("a déclaré", "selon", "said", "spokesperson"). News
/// repeats them in almost every sentence, so two sentences sharing only the attribution ("X's spokesperson said
/// that…") must not look alike: their weight is cut in the TF-IDF vectors.
/// </summary>
internal static class AttributionWords
{
    public const double Weight = 0.25;

    private static readonly string[] Words =
    [
        "déclaré", "déclare", "déclarer", "déclaration", "affirmé", "affirme", "affirmer", "annoncé", "annonce", "ajouté", "ajoute", "indiqué", "indique",
        "précisé", "précise", "expliqué", "explique", "estimé", "estime", "souligné", "souligne", "rapporté", "rapporte", "selon", "dit", "noté", "note",
        "assuré", "assure", "confié", "poursuivi", "porte-parole", "communiqué", "journalistes", "presse", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "said", "says", "say", "told", "added", "stated", "announced", "according", "spokesman",
        "spokeswoman", "spokesperson", "reporters", "statement", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    ];

    private static readonly FrozenSet<string> Stems = Words
        .SelectMany(w => new[] { Stemmer.Stem(w, "fr"), Stemmer.Stem(w, "en"), w })
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsAttribution(string stem) => Stems.Contains(stem);

    /// <summary>Verbs of saying and "selon", without the days and nouns of <see cref="Words"/>: a sentence using one reports speech.</summary>
    private static readonly FrozenSet<string> SayingStems = Words.Take(Array.IndexOf(Words, "porte-parole"))
        .Concat(["told", "said", "says", "added", "stated", "announced", "according", "declared"])
        .SelectMany(w => new[] { Stemmer.Stem(w, "fr"), Stemmer.Stem(w, "en"), w })
        .ToFrozenSet(StringComparer.Ordinal);

    public static bool IsSaying(string stem) => SayingStems.Contains(stem);
}
