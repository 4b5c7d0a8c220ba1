using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Cleaning.Dates;

/// <summary>What kind of publication stamp a label announces: first publication, or a later update.</summary>
public enum StampKind { Published, Updated }

/// <summary>A visible date stamp in a line: the date, its kind, and how many leading characters it occupies.</summary>
public sealed record StampLineMatch(DateStamp Stamp, StampKind Kind, bool WholeLine, int PrefixLength);

/// <summary>
/// Recognises lines that are publication stamps ("Publié le 5 septembre 2023 à 14h02", "Updated Sept. 5, 2023",
/// "Write: 2021-03-04 08:15:30", "5. September 2023"), and stamps that prefix a line of body text
/// (" date 2021-03 La Norvège…"), and datelines alone on their line ("Nantes, 3 février 2021"). A stamp line is metadata:
/// what is left once the date is taken out must be only labels, weekdays, time zones and fillers, or a dateline's place.
/// </summary>
public static partial class StampLine
{
    private static readonly FrozenSet<string> Fillers = BuildFillers();

    [GeneratedRegex(@"^\W*(?:mis\s+à\s+jour|mise\s+à\s+jour|actualis[ée]|modifi[ée]|updated?|last\s+updated|aktualisiert|ge[äa]ndert|actualizado|modificado|aggiornat[oa]|modificat[oa])\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    // A label that announces a stamp at the very start of a line; only then may a stamp be cut off a line of text.
    [GeneratedRegex(@"^\s*(?:date|dated|publi[ée]e?\s+le|publi[ée]e?|published(?:\s+on)?|posted(?:\s+on)?|write|written|écrit\s+le|mis\s+en\s+ligne\s+le|ver[öo]ffentlicht(?:\s+am)?|publicado(?:\s+el)?|pubblicato(?:\s+il)?|le|on|am|el|il)\s*:?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefixLabel();

    // A label that is only an article or preposition ("Le 4 mai 2018, le conseil a voté…"): the date opens a sentence
    // when a comma follows it, and is then no stamp to cut off.
    [GeneratedRegex(@"^\s*(?:le|on|am|el|il)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();

    // A dateline's place before its date, alone on its line: one to four capitalised words, a comma, maybe "le"
    // ("Nantes, 3 février 2021", "SAINT-DENIS, le 5 mars 2024", "New York, March 5, 2024").
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*|[ -](?:de|du|des|la|le|sur|en|am|upon)){0,3}\s*,\s*(?:le\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"[\p{L}]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();

    /// <summary>The stamp the line is (or starts with), or null.</summary>
    public static StampLineMatch? Match(string line)
    {
        if (line.Length > 400 || !HasYear(line)) return null;
        var first = DateStampFinder.FindFirst(line);
        if (first is null) return null;
        var m = first.Value;
        var kind = UpdatedLabel().IsMatch(line) ? StampKind.Updated : StampKind.Published;
        var before = line[..m.Index];
        var after = line[(m.Index + m.Length)..];
        if (OnlyFillers(after) && (OnlyFillers(before) || DatelinePlace().IsMatch(before)))
            return new StampLineMatch(m.Stamp, kind, true, line.Length);
        if (m.Index <= 40 && PrefixLabel().IsMatch(before) && before.Trim().Length > 0 && after.Trim().Length > 0
            && !(BareLabel().IsMatch(before) && after.TrimStart().StartsWith(',')))
            return new StampLineMatch(m.Stamp, kind, false, m.Index + m.Length);
        return null;
    }

    /// <summary>Every stamp we read has a four-digit year: a cheap test that spares the date regexes most lines.</summary>
    private static bool HasYear(string line)
    {
        int run = 0;
        foreach (char c in line)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static bool OnlyFillers(string text)
    {
        foreach (Match w in Words().Matches(text))
        {
            var word = w.Value.ToLowerInvariant();
            if (char.IsDigit(word[0])) { if (word.Length > 2) return false; continue; }
            if (!Fillers.Contains(word)) return false;
        }
        return true;
    }

    private static FrozenSet<string> BuildFillers()
    {
        var set = new HashSet<string>(StringComparer.Ordinal)
        {
            // labels
            "date", "dated", "publié", "publiée", "publie", "mis", "mise", "à", "a", "jour", "en", "ligne", "le", "modifié", "actualisé", "écrit",
            "published", "posted", "updated", "update", "last", "on", "at", "write", "written", "created", "modified",
            "veröffentlicht", "aktualisiert", "geändert", "am", "um", "uhr", "stand", "erstellt", "zuletzt",
            "publicado", "actualizado", "modificado", "el", "las", "la", "de", "del", "hora", "horas",
            "pubblicato", "aggiornato", "aggiornata", "il", "alle", "ore",
            // times and zones
            "h", "hrs", "am", "pm", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "kst", "jst", "mez", "mesz", "heure", "heures",
            "et", "and", "und", "y", "e", "par", "by", "von", "por", "di", "time", "temps", "lecture", "read", "min", "minutes",
        };
        foreach (var name in new[] { "fr-FR", "en-US", "de-DE", "es-ES", "it-IT" })
        {
            var info = CultureInfo.GetCultureInfo(name).DateTimeFormat;
            foreach (var d in info.DayNames) set.Add(d.ToLowerInvariant());
            foreach (var d in info.AbbreviatedDayNames) set.Add(d.TrimEnd('.').ToLowerInvariant());
        }
        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
