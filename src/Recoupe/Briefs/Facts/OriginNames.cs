using Recoupe.Briefs.Claims;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// One origin named shorter and longer across outlets: "selon la préfecture" in one, "selon la préfecture du Val" in another.
/// A source named in words whose every word is in exactly one longer source name among a fact's cited sentences is that source;
/// with two longer ones ("… du Val", "… de la Lisière") the short name could be either and stays as it is.
/// </summary>
internal static class OriginNames
{
    /// <summary>The attributions with each short source in words replaced by the one longer name that holds it.</summary>
    public static void Unify(Attribution?[] stated)
    {
        HashSet<string>?[]? words = null; // each name's words, read once (made at the first short name: most facts have none)
        for (int i = 0; i < stated.Length; i++)
        {
            if (stated[i] is not { } shorter || !shorter.Key.StartsWith("t:", StringComparison.Ordinal)) continue;
            words ??= Array.ConvertAll(stated, a => a is null ? null : Words(a.Name));
            if (words[i]!.Count == 0) continue;
            int longer = -1;
            bool ambiguous = false;
            for (int k = 0; k < stated.Length; k++)
            {
                var other = stated[k];
                if (other is null || other.Key == shorter.Key || (longer >= 0 && other.Key == stated[longer]!.Key)) continue;
                if (words[k]!.Count <= words[i]!.Count || !words[i]!.IsSubsetOf(words[k]!)) continue;
                if (longer < 0) longer = k;
                else { ambiguous = true; break; }
            }
            if (longer >= 0 && !ambiguous) { stated[i] = stated[longer]; words[i] = words[longer]; }
        }
    }

    // The content words of a name, lower case: articles and prepositions aside ("la préfecture du Val" → préfecture, val).
    private static HashSet<string> Words(string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in name.Split([' ', '\'', '’', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.ToLowerInvariant();
            if (w.Length >= 3 && !FunctionWords.Contains(w)) words.Add(w);
        }
        return words;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "les", "des", "du", "de", "la", "le", "aux", "the", "of", "for", "and", "et", "sur", "pour",
    };
}
