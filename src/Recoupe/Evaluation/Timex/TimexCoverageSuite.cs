using System.Text.RegularExpressions;
using Recoupe.Mentions;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Timex;

/// <summary>
/// `recoupe eval timex-coverage`: a robustness check of the time grammar on plain news text with no gold
/// annotation (the RPM2 French documents by default, never the TimeBank files). A cheap detector lists the words
/// that usually belong to a time expression — month and weekday names, four-digit years, clock times, time units
/// after a number, seasons and parts of the day — that no expression the tagger found covers, and the dates the
/// tagger found but could not place although the text had an anchor. Counts per kind are the figures; --details
/// prints each case with its context, to be read for kinds of misses (the documents are no test data: reading them
/// fits nothing that is scored). Not every hit is a miss ("la Journée mondiale", "les Mille et Une Nuits"): the
/// counts are compared before and after a change, not read as errors.
/// </summary>
public sealed partial class TimexCoverageSuite : IEvalSuite
{
    public string Name => "timex-coverage";
    public string Description => "Time grammar robustness on plain news text (RPM2 French documents): temporal cue words no expression covers, and dates left unresolved.";
    public string DefaultDataFolder => Path.Combine("mds-fr-rpm2", "documents");

    /// <summary>The documents carry no date: every one is anchored on the same nominal day, so that relative expressions resolve.</summary>
    private static readonly DateStamp NominalPublication = DateStamp.Day(2010, 6, 15);

    [GeneratedRegex(@"(?<![\p{L}\d])(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthCue();

    [GeneratedRegex(@"(?<!\p{L})(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayCue();

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?:1[89]|20)\d\d(?![\d\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex YearCue();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:[01]?\d|2[0-4])\s?h(?:\s?[0-5]\d)?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClockCue();

    /// <summary>A unit after a number or a quantity word: "trois jours", "une quinzaine de jours", "48 heures".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|quelques|plusieurs|dizaines?|quinzaine|vingtaine|centaine)(?:\s+(?:de|d['’]))?\s+(?:secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|années?|décennies?|siècles?|trimestres?|semestres?|nuits?|week-ends?)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitCue();

    [GeneratedRegex(@"(?<!\p{L})(?:printemps|hiver|automne|matinée|soirée|après-midi|aube|crépuscule)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeasonOrPartCue();

    private static readonly (string Kind, Regex Pattern)[] Cues =
    [
        ("month", MonthCue()), ("weekday", WeekdayCue()), ("year", YearCue()), ("clock", ClockCue()),
        ("unit", UnitCue()), ("season_or_part", SeasonOrPartCue()),
    ];

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var files = Directory.Exists(dataPath)
            ? Directory.GetFiles(dataPath, "*.txt").Order(StringComparer.Ordinal).ToList()
            : File.Exists(dataPath) ? [dataPath] : [];
        if (options.Limit is { } limit) files = files.Take(limit).ToList();
        var uncovered = Cues.ToDictionary(c => c.Kind, _ => 0, StringComparer.Ordinal);
        var seen = Cues.ToDictionary(c => c.Kind, _ => 0, StringComparer.Ordinal);
        int found = 0, unresolved = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var id = Path.GetFileNameWithoutExtension(file);
            var language = pipeline.LanguageIdentifier.Identify(text).Code;
            if (language == "und") language = "fr";
            var sentences = pipeline.SentenceSplitter.Split(text, language);
            var times = pipeline.TimeTagger.Tag(new AnnotationContext(text, language, sentences, NominalPublication));
            found += times.Length;
            foreach (var (kind, pattern) in Cues)
                foreach (Match m in pattern.Matches(text))
                {
                    seen[kind]++;
                    if (Covered(times, m.Index, m.Index + m.Length)) continue;
                    uncovered[kind]++;
                    options.Details?.WriteLine($"{id}\tUNCOVERED {kind}\t{m.Value}\t{Context(text, m.Index, m.Index + m.Length)}");
                }
            foreach (var t in times)
            {
                if (!IsUnplaced(t)) continue;
                unresolved++;
                options.Details?.WriteLine($"{id}\tUNRESOLVED\t{t.Span.Of(text)}\t{t.Type} {t.Value}\t{Context(text, t.Span.Start, t.Span.End)}");
            }
        }
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal) { ["documents"] = files.Count, ["timexes"] = found, ["unresolved"] = unresolved };
        int total = 0, totalSeen = 0;
        foreach (var (kind, _) in Cues)
        {
            metrics["uncovered_" + kind] = uncovered[kind];
            metrics["cues_" + kind] = seen[kind];
            total += uncovered[kind];
            totalSeen += seen[kind];
        }
        metrics["uncovered"] = total;
        metrics["cues"] = totalSeen;
        return new EvalReport(Name, metrics,
            [$"{files.Count} documents anchored on {NominalPublication}; a cue is uncovered when no time expression contains it; unresolved = a DATE or TIME whose year is left as XXXX although the anchor was known (habits aside)"]);
    }

    private static bool Covered(IReadOnlyList<TimeMention> times, int start, int end)
    {
        foreach (var t in times)
            if (t.Span.Start <= start && t.Span.End >= end) return true;
        return false;
    }

    /// <summary>A date or time with an anchor yet no year: a gap in resolution (a weekly habit, "XXXX-WXX-1", is a SET, never counted).</summary>
    private static bool IsUnplaced(TimeMention t) =>
        t.Type is TimexType.Date or TimexType.Time && t.Value.StartsWith("XXXX", StringComparison.Ordinal);

    private static string Context(string text, int start, int end)
    {
        int s = Math.Max(0, start - 50), e = Math.Min(text.Length, end + 50);
        return (text[s..start] + "[" + text[start..end] + "]" + text[end..e]).Replace('\n', ' ').Replace('\t', ' ');
    }
}
