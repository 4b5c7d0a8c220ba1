using System.Collections.Frozen;
using System.Globalization;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Gazetteers;

/// <summary>Day and month names (folded) in the main European languages, read from .NET culture data: capitalised, but never entities.</summary>
public static class Calendar
{
    private static readonly Lazy<FrozenSet<string>> Words = new(() =>
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { "fr-FR", "en-US", "de-DE", "es-ES", "it-IT", "pt-PT", "nl-NL" })
        {
            var f = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            foreach (var w in f.DayNames.Concat(f.MonthNames).Concat(f.AbbreviatedMonthNames).Concat(f.AbbreviatedDayNames))
            {
                var folded = TextFold.Fold(w);
                if (folded.Length >= 3) set.Add(folded);
            }
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    });

    public static bool IsCalendarWord(string foldedWord) => Words.Value.Contains(foldedWord);
}
