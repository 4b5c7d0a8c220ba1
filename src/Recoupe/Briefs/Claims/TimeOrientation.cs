using System.Collections.Frozen;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>Whether a sentence tells of something done or something to come (unknown when it says neither, or both).</summary>
internal enum Orientation { Unknown, Past, Future }

/// <summary>
/// The time orientation of a claim: past (a compound past, an imperfect, "hier", a date before the article's day) or future (a
/// future or planned form, "prochain", a date after the article's day). A visit that took place and a visit announced are two
/// events of one kind: two sentences oriented opposite ways rarely state one claim, whatever words they share.
/// </summary>
internal static class TimeOrientation
{
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient", "eu", "été", "has", "have", "had", "was", "were",
        "s'est", "s'était", "n'a", "n'ont", "n'avait", "n'est", "l'a", "l'ont", "s’est", "n’a", "l’a",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastWords = new[]
    {
        "hier", "veille", "avant-hier", "auparavant", "yesterday", "ago", "previously",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Past participles (French and English); an auxiliary must come just before, so nouns in -é ("marché") do not count alone.
    private static readonly string[] ParticipleEndings = ["é", "ée", "és", "ées", "i", "is", "ie", "it", "u", "us", "ue", "ert", "ed", "en"];

    public static Orientation Of(IReadOnlyList<string> lowerWords, IEnumerable<TimeMention> times, DateStamp? published) =>
        Of(FromWords(lowerWords), times, published);

    /// <summary>What the words alone say (a future or planned form; a past tense or a past word): read once per sentence and kept
    /// with its claim cues (<see cref="SentenceCues"/>), since only the dates' part depends on the story (a date's completed year).</summary>
    public static (bool Future, bool Past) FromWords(IReadOnlyList<string> lowerWords)
    {
        bool future = Conflicts.Modality.IsProspective(lowerWords), past = false;
        for (int i = 0; i < lowerWords.Count && !past; i++)
        {
            var w = lowerWords[i];
            if (PastWords.Contains(w)) past = true;
            else if (w.Length >= 6 && (w.EndsWith("ait", StringComparison.Ordinal) || w.EndsWith("aient", StringComparison.Ordinal))
                     && !w.EndsWith("rait", StringComparison.Ordinal) && !w.EndsWith("raient", StringComparison.Ordinal)) past = true;
            else if (Auxiliaries.Contains(w))
                for (int j = i + 1; j <= i + 2 && j < lowerWords.Count; j++)
                    if (lowerWords[j].Length >= 3 && ParticipleEndings.Any(e => lowerWords[j].EndsWith(e, StringComparison.Ordinal))) { past = true; break; }
        }
        return (future, past);
    }

    /// <param name="words">The words' own reading (<see cref="FromWords"/>).</param>
    public static Orientation Of((bool Future, bool Past) words, IEnumerable<TimeMention> times, DateStamp? published)
    {
        var (future, past) = words;
        foreach (var t in times)
        {
            if (t.Lean == TimeLean.Past) past = true;
            else if (t.Lean == TimeLean.Future) future = true;
            else if (published is not null && published.Precision >= DatePrecision.Day && Analysis.TimeValues.IsCalendarDate(t)
                     && Analysis.TimeValues.StartOf(t.Value) is DateTime start)
            {
                var day = published.Value.Date;
                if (start.Date > day) future = true;
                else if (LastDay(t.Value, start) < day) past = true;
            }
        }
        return past == future ? Orientation.Unknown : past ? Orientation.Past : Orientation.Future;
    }

    /// <summary>The last day a calendar value covers: its year's, its month's, or the day itself.</summary>
    private static DateTime LastDay(string value, DateTime start) => value.Length switch
    {
        4 => new DateTime(start.Year, 12, 31),
        7 => start.AddMonths(1).AddDays(-1),
        _ => start.Date,
    };

    /// <summary>One sentence tells of the past and the other of the future.</summary>
    public static bool Clash(Orientation a, Orientation b) => a != Orientation.Unknown && b != Orientation.Unknown && a != b;
}
