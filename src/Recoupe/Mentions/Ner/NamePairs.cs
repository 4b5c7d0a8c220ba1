using Recoupe.Mentions.Entities;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// "le sommet Lula-Macron", "l'axe Merkel-Schröder": a hyphenated word whose parts are each a person's name in the
/// document names the pair (a meeting, an alliance), no entity of its own; the labeller, seeing a compound, often calls it
/// a place. A hyphenated surname is left alone: its parts are not the names of two people of the document.
/// </summary>
internal static class NamePairs
{
    public static void Apply(string text, List<Candidate> candidates)
    {
        // Most documents have no hyphenated single-word name: no set of person words is built for them (this runs on every article).
        if (!candidates.Exists(c => c.IsSingleWord && text.AsSpan(c.Start, c.End - c.Start).IndexOf('-') > 0)) return;
        HashSet<string>? personWords = null;
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person) continue;
            foreach (var w in NameWordKeys.WrittenWords(c.Name)) (personWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(w);
        }
        if (personWords is null) return;
        candidates.RemoveAll(c => c.IsSingleWord && IsPair(text.AsSpan(c.Start, c.End - c.Start), personWords));
    }

    private static bool IsPair(ReadOnlySpan<char> word, HashSet<string> personWords)
    {
        if (word.IndexOf('-') <= 0) return false;
        // The whole word written in a person's name ("Thomas-Greenfield") is that person's, whatever its parts.
        if (personWords.Contains(NameWordKeys.PersonKey(word.ToString()))) return false;
        int parts = 0;
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length < 2 || !char.IsUpper(part[0])) return false;
            if (!personWords.Contains(NameWordKeys.PersonKey(part.ToString()))) return false;
            parts++;
        }
        return parts >= 2;
    }
}
