using System.Collections.Frozen;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// Cardinal numbers written in words, French and English ("vingt et un", "quatre-vingt-dix", "trois cents", "twenty-one",
/// "two hundred"), and approximate counts ("une vingtaine", "a dozen"). "un"/"one" alone is left out (an article, not a
/// figure) unless a scale word follows ("un million").
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Values = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20,
        ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"une vingtaine de", "a dozen": about this many.</summary>
    private static readonly FrozenDictionary<string, int> Approximate = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40,
        ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100, ["millier"] = 1000, ["dozen"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool IsNumberWord(string lower) => Values.ContainsKey(lower) || IsHyphenated(lower);

    public static int? ApproximateValue(string lower) => Approximate.TryGetValue(lower, out var v) ? v : null;

    private static bool IsHyphenated(string lower) =>
        lower.Contains('-') && lower.Split('-').All(p => p == "et" || Values.ContainsKey(p));

    /// <summary>
    /// The value of a run of number words ("vingt", "et", "un" / "quatre-vingt-dix" / "trois", "cents"), or null when the run
    /// makes no number. Parts add up, "cent" multiplies what is before it, "mille"/"thousand" closes a group.
    /// </summary>
    public static double? ValueOf(IReadOnlyList<string> lowerWords)
    {
        var parts = new List<string>();
        foreach (var w in lowerWords)
            foreach (var p in w.Split('-', StringSplitOptions.RemoveEmptyEntries))
                if (p is not ("et" or "and")) parts.Add(p);
        if (parts.Count == 0) return null;
        double total = 0, current = 0;
        foreach (var p in parts)
        {
            if (p is "un" or "une" or "one" or "a") { current += 1; continue; }
            if (!Values.TryGetValue(p, out var v)) return null;
            if (v == 100) current = Math.Max(1, current) * 100;
            else if (v == 1000) { total += Math.Max(1, current) * 1000; current = 0; }
            // "quatre-vingt": a unit before twenty multiplies it.
            else if (v == 20 && current is > 1 and < 10) current *= 20;
            else current += v;
        }
        return total + current;
    }
}
