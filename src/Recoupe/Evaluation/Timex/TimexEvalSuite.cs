using Recoupe.Mentions;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Timex;

/// <summary>
/// `recoupe eval timex`: runs the pipeline's sentence splitter and time tagger over TimeML documents (French
/// TimeBank by default), anchored on each document's creation time, and reports TempEval-3 measures over all
/// documents, over the tune half and the check half (<see cref="TimexSplit"/>), and the gap between the halves.
/// Details (misses, spurious and wrong values) are written for the tune half only: the check half's errors are
/// not for reading, so that its figure stays an estimate on unseen text.
/// </summary>
public sealed class TimexEvalSuite : IEvalSuite
{
    public string Name => "timex";
    public string Description => "Time expressions (TIMEX3) on TimeML documents: TempEval-3 strict/relaxed extraction, type and value F1; tune and check halves.";
    public string DefaultDataFolder => "timex-fr-timebank";

    /// <summary>The figures reported per half and as a tune-minus-check gap.</summary>
    private static readonly string[] HalfMetrics = ["strict_f1", "relaxed_f1", "type_f1", "value_f1"];

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var files = Directory.Exists(dataPath)
            ? Directory.GetFiles(dataPath, "*.tml").Order(StringComparer.Ordinal).ToList()
            : File.Exists(dataPath) ? [dataPath] : [];
        if (options.Limit is { } limit) files = files.Take(limit).ToList();
        var all = new TempEvalScorer();
        var halves = new Dictionary<TimexHalf, TempEvalScorer> { [TimexHalf.Tune] = new(), [TimexHalf.Check] = new() };
        var counts = new Dictionary<TimexHalf, int> { [TimexHalf.Tune] = 0, [TimexHalf.Check] = 0 };
        var notes = new List<string>();
        foreach (var file in files)
        {
            var parsed = TimeMLDocument.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            if (!parsed.Success) { notes.Add(parsed.Error!); continue; }
            var doc = parsed.Value!;
            var system = Tag(doc, pipeline);
            var half = TimexSplit.Of(doc.Id);
            counts[half]++;
            all.Add(doc.Timexes, system);
            var (missed, spurious, matched) = halves[half].Add(doc.Timexes, system);
            if (options.Details is { } w && half == TimexHalf.Tune) WriteDetails(w, doc, missed, spurious, matched);
        }
        var metrics = new Dictionary<string, double>(all.Metrics(), StringComparer.Ordinal);
        var tune = halves[TimexHalf.Tune].Metrics();
        var check = halves[TimexHalf.Check].Metrics();
        foreach (var name in HalfMetrics)
        {
            metrics["tune_" + name] = tune[name];
            metrics["check_" + name] = check[name];
            metrics["gap_" + name] = Math.Round(tune[name] - check[name], 4);
        }
        metrics["tune_gold"] = tune["gold"];
        metrics["check_gold"] = check["gold"];
        notes.Add($"{files.Count} documents, {all.Gold} gold timexes, {all.System} found");
        notes.Add($"tune half {counts[TimexHalf.Tune]} documents, check half {counts[TimexHalf.Check]} (FNV-1a of the file name); gap = tune - check; --details lists tune-half errors only");
        return new EvalReport(Name, metrics, notes);
    }

    private static List<GoldTimex> Tag(TimeMLDocument doc, RecoupePipeline pipeline)
    {
        // TimeML corpora exist in several languages (TempEval-3 English, French TimeBank): identify it per document.
        var language = pipeline.LanguageIdentifier.Identify(doc.Text).Code;
        if (language == "und") language = "fr";
        var sentences = pipeline.SentenceSplitter.Split(doc.Text, language);
        var found = pipeline.TimeTagger.Tag(new AnnotationContext(doc.Text, language, sentences, doc.CreationTime));
        return found.Select(t => new GoldTimex(t.Span, t.Type.ToString().ToUpperInvariant(), t.Value)).ToList();
    }

    private static void WriteDetails(TextWriter w, TimeMLDocument doc, List<GoldTimex> missed, List<GoldTimex> spurious, List<(GoldTimex Gold, GoldTimex System)> matched)
    {
        foreach (var g in missed) w.WriteLine($"{doc.Id}\tMISSED\t{g.Span.Of(doc.Text)}\t{g.Type}\t{g.Value}");
        foreach (var s in spurious) w.WriteLine($"{doc.Id}\tSPURIOUS\t{s.Span.Of(doc.Text)}\t{s.Type}\t{s.Value}");
        foreach (var (g, s) in matched)
        {
            if (g.Span != s.Span) w.WriteLine($"{doc.Id}\tSPAN\t{g.Span.Of(doc.Text)}\t=>\t{s.Span.Of(doc.Text)}");
            if (g.Value != s.Value || !g.Type.Equals(s.Type, StringComparison.OrdinalIgnoreCase))
                w.WriteLine($"{doc.Id}\tVALUE\t{g.Span.Of(doc.Text)}\t{g.Type} {g.Value}\t=>\t{s.Type} {s.Value}\tDCT {doc.CreationTime}");
        }
    }
}
