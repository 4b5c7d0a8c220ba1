using System.Collections.Frozen;
using System.Globalization;

namespace Recoupe.Mentions.Time;

/// <summary>Words that carry numbers in time expressions (month and weekday names, number words, units), French and English.</summary>
internal static class TimeLexicon
{
    /// <summary>Month number from a (possibly abbreviated, accented, capitalised) French or English month name; 0 if none.</summary>
    public static int Month(string name)
    {
        var n = Fold(name).TrimEnd('.');
        if (n.StartsWith("juil", StringComparison.Ordinal) || n.StartsWith("jul", StringComparison.Ordinal)) return 7;
        if (n.StartsWith("juin", StringComparison.Ordinal) || n.StartsWith("jun", StringComparison.Ordinal)) return 6;
        if (n.Length < 3) return 0;
        return n[..3] switch
        {
            "jan" => 1, "fev" or "feb" => 2, "mar" => 3, "avr" or "apr" => 4, "mai" or "may" => 5,
            "aou" or "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
        };
    }

    /// <summary>ISO day of week (Monday = 1) from a French or English weekday name; 0 if none.</summary>
    public static int Weekday(string name)
    {
        var n = Fold(name);
        if (n.Length < 2) return 0;
        return n switch
        {
            _ when n.StartsWith("lun", StringComparison.Ordinal) || n.StartsWith("mon", StringComparison.Ordinal) => 1,
            _ when n.StartsWith("mar", StringComparison.Ordinal) || n.StartsWith("tue", StringComparison.Ordinal) => 2,
            _ when n.StartsWith("mer", StringComparison.Ordinal) || n.StartsWith("wed", StringComparison.Ordinal) => 3,
            _ when n.StartsWith("jeu", StringComparison.Ordinal) || n.StartsWith("thu", StringComparison.Ordinal) => 4,
            _ when n.StartsWith("ven", StringComparison.Ordinal) || n.StartsWith("fri", StringComparison.Ordinal) => 5,
            _ when n.StartsWith("sam", StringComparison.Ordinal) || n.StartsWith("sat", StringComparison.Ordinal) => 6,
            _ when n.StartsWith("dim", StringComparison.Ordinal) || n.StartsWith("sun", StringComparison.Ordinal) => 7,
            _ => 0,
        };
    }

    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7,
        ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13, ["quatorze"] = 14,
        ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
        ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000,
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["dozen"] = 12, ["douzaine"] = 12, ["dizaine"] = 10, ["quinzaine"] = 15, ["vingtaine"] = 20,
        ["trentaine"] = 30, ["centaine"] = 100,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The value of a written number: digits ("30,4", "3.5"), words ("vingt-cinq", "soixante et onze", "twenty-one").
    /// Null for vague quantities ("quelques", "plusieurs", "several"), which TIMEX3 writes as X.
    /// </summary>
    public static decimal? Number(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t.Length > 0 && char.IsDigit(t[0]))
            return decimal.TryParse(t.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;
        decimal total = 0, current = 0;
        bool any = false;
        foreach (var part in t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "et" or "and") continue;
            if (!NumberWords.TryGetValue(part, out var v)) return null;
            any = true;
            if (v == 100 || v == 1000) { current = (current == 0 ? 1 : current) * v; if (v == 1000) { total += current; current = 0; } }
            else if (v == 20 && current > 0 && current < 20 && current != 0 && part.StartsWith("vingt", StringComparison.Ordinal)) current *= 20; // quatre-vingt
            else current += v;
        }
        return any ? total + current : null;
    }

    /// <summary>Lower case without the accents that matter here (é è ê ë à â û ù ô î ï ç).</summary>
    public static string Fold(string s)
    {
        Span<char> buffer = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            char c = Recoupe.Language.InvariantCase.ToLower(s[i]);
            buffer[i] = c switch
            {
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'à' or 'â' or 'ä' => 'a',
                'û' or 'ù' or 'ü' => 'u',
                'ô' or 'ö' => 'o',
                'î' or 'ï' => 'i',
                'ç' => 'c',
                '’' => '\'',
                _ => c,
            };
        }
        return new string(buffer);
    }

    /// <summary>TIMEX3 unit letter for a French or English unit word ("jours" -> D); the minute/hour/second ones go after "T".</summary>
    public static (string Unit, bool TimeOfDay, decimal Factor)? Unit(string word)
    {
        var w = Fold(word);
        if (w.EndsWith('s') && w.Length > 3 && w != "mois") w = w[..^1];
        return w switch
        {
            "seconde" or "second" or "sec" => ("S", true, 1),
            "minute" or "min" => ("M", true, 1),
            "heure" or "hour" or "h" => ("H", true, 1),
            "jour" or "journee" or "day" or "nuit" or "night" => ("D", false, 1),
            "semaine" or "week" => ("W", false, 1),
            "week-end" or "weekend" => ("WE", false, 1),
            "moi" or "mois" or "month" => ("M", false, 1),
            "trimestre" or "quarter" => ("Q", false, 1),
            "semestre" => ("M", false, 6),
            "an" or "ans" or "annee" or "year" => ("Y", false, 1),
            "decennie" or "decade" => ("DE", false, 1),
            "siecle" or "century" or "centurie" => ("CE", false, 1),
            _ => null,
        };
    }
}
