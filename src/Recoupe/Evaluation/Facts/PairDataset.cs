using System.Text;
using System.Text.Json;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Support;
using Recoupe.Evaluation.Summary;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Facts;

/// <summary>A (statement, candidate) pair with its features and label; <see cref="Origin"/> says where it comes from: judged, perturbed, own.</summary>
internal sealed record LabelledPair(string Topic, string Origin, SupportLabel Label, double[] Features, string Statement, string Candidate);

/// <summary>
/// The training and checking data of the pair classifier. Judged pairs: each topic's 20 RPM2 articles analysed as one story (the
/// briefs they were judged on were built per topic), the statement and the cited sentence found back in it, features computed by
/// <see cref="PairFeatures"/>. Perturbed pairs: for each judged SUPPORTS pair, its cited sentence with another figure, another date
/// or a negated verb (<see cref="Perturbations"/>), added to the topic as an article of its own, labelled CONTRADICTS. Own pairs: our
/// own sentence pairs (models/training/own-pairs.json), analysed together as one story.
/// </summary>
internal static class PairDataset
{
    public static SupportLabel ParseLabel(string label) => label.ToUpperInvariant() switch
    {
        "SUPPORTS" => SupportLabel.Supports,
        "PARTIAL" => SupportLabel.Partial,
        "UNRELATED" => SupportLabel.Unrelated,
        "CONTRADICTS" => SupportLabel.Contradicts,
        _ => throw new InvalidDataException($"unknown label '{label}'"),
    };

    public static List<LabelledPair> Judged(JudgedPairs judged, string documents, RecoupePipeline pipeline, bool perturbed, List<string> problems)
    {
        var result = new List<LabelledPair>();
        foreach (var topic in judged.Pairs.GroupBy(p => p.Topic).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var files = Directory.EnumerateFiles(documents, topic.Key + "_*.txt").Order(StringComparer.Ordinal).ToList();
            var articles = TopicStory.Analyse(pipeline, files.Select(RpmCluster.ReadDocument));
            var story = TopicStory.Build(pipeline, articles);
            var synthetic = new List<(string Text, string Statement, string StatementFile)>();
            foreach (var pair in topic)
            {
                var candidate = story.Locate(pair.Sentence, pair.File);
                var statement = story.Locate(pair.Statement, null);
                if (candidate is null || statement is null)
                {
                    problems.Add($"{pair.File}: sentence not found: {Short(candidate is null ? pair.Sentence : pair.Statement)}");
                    continue;
                }
                var label = ParseLabel(pair.Label);
                result.Add(new LabelledPair(topic.Key, "judged", label, story.Features(statement, candidate), statement.Text, candidate.Text));
                if (perturbed && label == SupportLabel.Supports && statement.Index != candidate.Index)
                    foreach (var text in Perturb(story, statement, candidate))
                        synthetic.Add((text, pair.Statement, story.Names[statement.ArticleIndex]));
            }
            if (synthetic.Count == 0) continue;
            // The perturbed sentences join the topic as articles of their own, so they are read exactly as the judged ones.
            var extra = synthetic.Select((s, k) => new RawDocument($"perturbed-{k:000}", Encoding.UTF8.GetBytes(s.Text), InputKind.Text));
            var augmented = TopicStory.Build(pipeline, articles.Concat(TopicStory.Analyse(pipeline, extra)
                .Select((a, k) => (a.Name, a.Article with { Article = a.Article.Article with { Id = articles.Count + k + 1 } }))).ToList());
            for (int k = 0; k < synthetic.Count; k++)
            {
                var candidate = augmented.Locate(synthetic[k].Text, $"perturbed-{k:000}");
                var statement = augmented.Locate(synthetic[k].Statement, synthetic[k].StatementFile);
                if (candidate is null || statement is null) continue;
                result.Add(new LabelledPair(topic.Key, "perturbed", SupportLabel.Contradicts, augmented.Features(statement, candidate), statement.Text, candidate.Text));
            }
        }
        return result;
    }

    /// <summary>The cited sentence made to contradict the statement: a shared figure or date changed, or its verb negated.</summary>
    private static IEnumerable<string> Perturb(TopicStory story, SentenceUnit statement, SentenceUnit candidate)
    {
        var text = story.Corpus.ArticleOf(candidate).Text;
        var fs = story.Frames[statement.Index];
        var fc = story.Frames[candidate.Index];
        var figure = fc.Quantities.FirstOrDefault(q => fs.Quantities.Any(s => s.Key == q.Key && Quantity.Compare(s, q) == ValueAgreement.Same));
        if (figure is not null && Perturbations.ChangeFigure(text, candidate.Span, figure) is { } changed) yield return changed;
        var date = fc.Dates.FirstOrDefault(d => fs.Dates.Any(s => TimeValues.Compatible(s.Value, d.Value)));
        if (date is not null && Perturbations.ChangeDate(text, candidate.Span, date) is { } moved) yield return moved;
        if (!fs.Negated && !fc.Negated && Perturbations.Negate(candidate.Text, story.Corpus.ArticleOf(candidate).Language) is { } negated) yield return negated;
    }

    /// <summary>Our own pairs: each item's two texts are two articles of one story made of all items.</summary>
    public static List<LabelledPair> Own(string path, RecoupePipeline pipeline)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var items = doc.RootElement.GetProperty("pairs").EnumerateArray()
            .Select(p => (A: p.GetProperty("statement").GetString()!, B: p.GetProperty("candidate").GetString()!, Label: p.GetProperty("label").GetString()!))
            .ToList();
        var documents = items.SelectMany((item, i) => new[]
        {
            new RawDocument($"own-{i:000}-a", Encoding.UTF8.GetBytes(item.A), InputKind.Text),
            new RawDocument($"own-{i:000}-b", Encoding.UTF8.GetBytes(item.B), InputKind.Text),
        });
        var story = TopicStory.Build(pipeline, TopicStory.Analyse(pipeline, documents));
        var result = new List<LabelledPair>();
        for (int i = 0; i < items.Count; i++)
        {
            var statement = story.Locate(items[i].A, $"own-{i:000}-a");
            var candidate = story.Locate(items[i].B, $"own-{i:000}-b");
            if (statement is null || candidate is null) throw new InvalidDataException($"{path}: pair {i} not found back after analysis");
            result.Add(new LabelledPair("own", "own", ParseLabel(items[i].Label), story.Features(statement, candidate), statement.Text, candidate.Text));
        }
        return result;
    }

    private static string Short(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
