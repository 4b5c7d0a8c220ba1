using Recoupe.Mentions;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Timex;

/// <summary>
/// `recoupe eval timex`: runs the pipeline's sentence splitter and time tagger over TimeML documents (French
/// TimeBank by default), anchored on each document's creation time, and reports TempEval-3 measures.
/// </summary>
public sealed class TimexEvalSuite : IEvalSuite
{
    public string Name => "timex";
    public string Description => "Time expressions (TIMEX3) on TimeML documents: TempEval-3 strict/relaxed extraction, type and value F1.";
    public string DefaultDataFolder => "timex-fr-timebank";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var files = Directory.Exists(dataPath)
            ? Directory.GetFiles(dataPath, "*.tml").Order(StringComparer.Ordinal).ToList()
            : File.Exists(dataPath) ? [dataPath] : [];
        if (options.Limit is { } limit) files = files.Take(limit).ToList();
        var scorer = new TempEvalScorer();
        var notes = new List<string>();
        foreach (var file in files)
        {
            var parsed = TimeMLDocument.Parse(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
            if (!parsed.Success) { notes.Add(parsed.Error!); continue; }
            var doc = parsed.Value!;
            // TimeML corpora exist in several languages (TempEval-3 English, French TimeBank): identify it per document.
            var language = pipeline.LanguageIdentifier.Identify(doc.Text).Code;
            if (language == "und") language = "fr";
            var sentences = pipeline.SentenceSplitter.Split(doc.Text, language);
            var found = pipeline.TimeTagger.Tag(new AnnotationContext(doc.Text, language, sentences, doc.CreationTime));
            var system = found.Select(t => new GoldTimex(t.Span, t.Type.ToString().ToUpperInvariant(), t.Value)).ToList();
            var (missed, spurious, matched) = scorer.Add(doc.Timexes, system);
            if (options.Details is { } w)
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
        notes.Add($"{files.Count} documents, {scorer.Gold} gold timexes, {scorer.System} found");
        return new EvalReport(Name, scorer.Metrics(), notes);
    }
}
