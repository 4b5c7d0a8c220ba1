using System.Collections.Frozen;

namespace Recoupe.Language;

/// <summary>
/// Closed-class words (auxiliaries, pronouns, prepositions, conjunctions, determiners) that say nothing of what happened. Lucene's
/// English stop set has 33 words (it leaves out "after", "were", "its", "has", "from"…), far fewer than its French one; where a
/// caller must know whether a shared word is content ("declared", "emergency") or grammar, the English list is completed here.
/// Other languages use their stop sets as they are.
/// </summary>
public static class FunctionWords
{
    private static readonly FrozenSet<string> English = new[]
    {
        "about", "above", "across", "after", "again", "against", "all", "along", "also", "am", "among", "any", "around", "because", "been",
        "before", "being", "below", "between", "both", "can", "could", "did", "do", "does", "doing", "done", "down", "during", "each", "either",
        "every", "few", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "its",
        "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "neither", "nor", "now", "off", "once", "only", "other",
        "our", "ours", "out", "over", "own", "same", "shall", "she", "should", "since", "so", "some", "than", "them", "those", "through",
        "till", "too", "under", "until", "up", "upon", "us", "very", "we", "were", "what", "when", "where", "whether", "which", "while",
        "who", "whom", "whose", "why", "within", "without", "would", "yet", "you", "your", "last", "next", "still", "already", "amid",
        "despite", "towards", "toward", "onto", "per", "via", "another", "many", "several", "such", "whose",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Is(string lowerWord, string language) =>
        Stopwords.IsStopword(lowerWord, language) || language == "en" && English.Contains(lowerWord);
}
