namespace Recoupe.Mentions.Time;

/// <summary>The day a named holiday falls on in a given year: fixed days, and days counted from Easter (Gregorian computus).</summary>
internal static class Holidays
{
    /// <summary>The holiday's day in <paramref name="year"/>, or null when the name is unknown.</summary>
    public static DateTime? In(string folded, int year)
    {
        var easter = Easter(year);
        return Normalise(folded) switch
        {
            "noel" or "christmas" or "christmas day" => new DateTime(year, 12, 25),
            "veille de noel" or "reveillon de noel" or "christmas eve" => new DateTime(year, 12, 24),
            "saint-sylvestre" or "reveillon du nouvel an" or "reveillon du 31 decembre" or "new year's eve" => new DateTime(year, 12, 31),
            "nouvel an" or "jour de l'an" or "new year's day" or "new year's" => new DateTime(year, 1, 1),
            "toussaint" => new DateTime(year, 11, 1),
            "assomption" => new DateTime(year, 8, 15),
            "saint-valentin" or "valentine's day" => new DateTime(year, 2, 14),
            "chandeleur" => new DateTime(year, 2, 2),
            "epiphanie" => new DateTime(year, 1, 6),
            "fete du travail" => new DateTime(year, 5, 1),
            "fete de la musique" => new DateTime(year, 6, 21),
            "fete nationale" => new DateTime(year, 7, 14),
            "halloween" => new DateTime(year, 10, 31),
            "independence day" => new DateTime(year, 7, 4),
            "veterans day" => new DateTime(year, 11, 11),
            "boxing day" => new DateTime(year, 12, 26),
            "paques" or "easter" or "easter sunday" => easter,
            "lundi de paques" or "easter monday" => easter.AddDays(1),
            "vendredi saint" or "good friday" => easter.AddDays(-2),
            "mardi gras" => easter.AddDays(-47),
            "ascension" => easter.AddDays(39),
            "pentecote" => easter.AddDays(49),
            "lundi de pentecote" or "lundi de la pentecote" => easter.AddDays(50),
            "thanksgiving" or "thanksgiving day" => NthWeekday(year, 11, DayOfWeek.Thursday, 4),
            "labor day" => NthWeekday(year, 9, DayOfWeek.Monday, 1),
            "memorial day" => NthWeekday(year, 6, DayOfWeek.Monday, 1).AddDays(-7),
            _ => null,
        };
    }

    private static string Normalise(string folded) =>
        string.Join(' ', folded.Replace('’', '\'').Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateTime Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateTime(year, month, day);
    }

    private static DateTime NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateTime(year, month, 1);
        int offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }
}
