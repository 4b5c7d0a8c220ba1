using System.Collections.Frozen;
using System.Globalization;

namespace Recoupe.Cleaning.Dates;

/// <summary>
/// Month names and abbreviations in the languages we clean (from .NET culture data, plus the
/// newsroom abbreviations cultures lack, e.g. "Sept."), mapped to 1..12. Keys are lower case, no dots.
/// </summary>
internal static class MonthNames
{
    private static readonly string[] Cultures = ["fr-FR", "en-US", "en-GB", "de-DE", "es-ES", "it-IT", "pt-PT", "nl-NL"];

    public static readonly FrozenDictionary<string, int> ByName = Build();

    /// <summary>An alternation of all names, longest first, for use inside a regex.</summary>
    public static readonly string Alternation = string.Join('|', ByName.Keys.OrderByDescending(k => k.Length).Select(k => k.Replace(".", "\\.")));

    public static int? Lookup(string word)
    {
        var key = word.Trim().TrimEnd('.').ToLowerInvariant();
        return ByName.TryGetValue(key, out var m) ? m : null;
    }

    private static FrozenDictionary<string, int> Build()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in Cultures)
        {
            var info = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            for (int m = 1; m <= 12; m++)
            {
                Add(map, info.MonthNames[m - 1], m);
                Add(map, info.MonthGenitiveNames[m - 1], m);
                Add(map, info.AbbreviatedMonthNames[m - 1], m);
                Add(map, info.AbbreviatedMonthGenitiveNames[m - 1], m);
            }
        }
        // Newsroom styles (AP: "Sept."), unaccented French spellings scraped text often has.
        Add(map, "sept", 9); Add(map, "fevrier", 2); Add(map, "aout", 8); Add(map, "decembre", 12);
        Add(map, "mrz", 3); Add(map, "märz", 3); Add(map, "juil", 7); Add(map, "janv", 1); Add(map, "févr", 2);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, int> map, string name, int month)
    {
        var key = name.Trim().TrimEnd('.').ToLowerInvariant();
        // Two-letter keys ("ma", "mi") would match ordinary words; real abbreviations have three letters or more.
        if (key.Length >= 3 && !key.Any(char.IsDigit)) map.TryAdd(key, month);
    }
}
