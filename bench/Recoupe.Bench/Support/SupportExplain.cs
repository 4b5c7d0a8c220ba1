using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Support;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Support;

/// <summary>
/// `bench support explain PATH... [--grep WORD]`: for a story made of the given inputs, each sentence's aligned candidates in the
/// other articles with the pair classifier's probabilities, its cite decision and its frame slots: to read why a brief cites (or
/// does not cite) a sentence for a fact.
/// </summary>
public static class SupportExplain
{
    public static int Run(string[] args)
    {
        var grep = args.SkipWhile(a => a != "--grep").Skip(1).FirstOrDefault();
        var inputs = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal) && a != grep).ToList();
        var pipeline = RecoupePipeline.Default;
        var articles = new List<AnalyzedArticle>();
        foreach (var doc in InputCollector.Collect(inputs).OfType<InputDocument>())
        {
            var cleaned = pipeline.Clean(doc.Document);
            if (cleaned.Success) articles.Add(pipeline.Analyze(cleaned.Value! with { Id = articles.Count + 1 }));
        }
        var analysis = StoryAnalysis.Run(articles, pipeline.EntityResolver, BriefOptions.Default);
        var corpus = analysis.Corpus;
        foreach (var u in corpus.Units)
        {
            if (grep is not null && !u.Text.Contains(grep, StringComparison.OrdinalIgnoreCase)) continue;
            var f = analysis.Support.FrameOf(u);
            Console.WriteLine($"#{u.ArticleIndex + 1}.{u.Position} claim={f.IsClaim} neg={f.Negated} mod={f.Modality} by={f.Attribution?.Name} " +
                              $"values=[{string.Join(", ", f.Quantities.Select(q => q.Normalised + " " + q.Key))}] dates=[{string.Join(", ", f.Dates.Select(d => d.Value))}] {u.Text}");
            foreach (var (other, score) in analysis.Aligner.BestPerArticle(u, SentenceAligner.CacheFloor(BriefOptions.Default)))
            {
                var p = analysis.Support.Probabilities(u, other);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    -> #{other.ArticleIndex + 1}.{other.Position} align {score:0.00} S {p[0]:0.00} P {p[1]:0.00} U {p[2]:0.00} C {p[3]:0.00} cite={analysis.Support.Cites(u, other)} {other.Text}"));
                var x = PairFeatures.Compute(corpus, analysis.Frames, analysis.Aligner, u, other);
                Console.WriteLine("       " + string.Join(" ", x.Select((v, i) => (v, i)).Where(t => t.v != 0)
                    .Select(t => string.Create(CultureInfo.InvariantCulture, $"{PairFeatures.Names[t.i]}={t.v:0.##}"))));
            }
        }
        return 0;
    }
}
