using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Ner;
using Recoupe.Language;
using Recoupe.Pipeline;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// Trains a language's labeller from the gold corpora in ../shared/eval (see <see cref="NerCorpora"/>):
/// prepares every document as the tagger reads text, indexes features, runs the averaged perceptron, prunes and
/// exports the model, then scores it on the held-back check split with the same code as `recoupe eval ner`.
/// With <see cref="NerTrainingOptions.Select"/>, it trains on the train split only and reports the tune split
/// after every epoch: that is where settings are chosen; the check split is never looked at then.
/// </summary>
public sealed class NerTrainer(string evalRoot, string language, NerTrainingOptions options, TextWriter log)
{
    private readonly ISentenceSplitter _splitter = new SentenceSplitter();
    private readonly IReadOnlyList<string> _conventions = NerCorpora.ConventionsFor(language);

    private sealed record Item(PreparedDocument Document, NerSplit Split, string Corpus, byte Convention);

    public sealed record Result(NerModel Model, IReadOnlyDictionary<string, EvalReport> Check, string Summary);

    public Result Run()
    {
        var clock = Stopwatch.StartNew();
        var items = Prepare();
        log.WriteLine($"prepared {items.Count} documents ({items.Sum(i => i.Document.View.Tokens.Length):N0} tokens) in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"misaligned gold edges: {items.Sum(i => i.Document.Misaligned)}");
        bool Trains(Item i) => i.Split == NerSplit.Train || !options.Select && i.Split == NerSplit.Tune;
        var index = new FeatureIndex();
        var features = items.Select(i => ExtractFeatures(i.Document)).ToList();
        for (int d = 0; d < items.Count; d++)
        {
            if (!Trains(items[d])) continue;
            foreach (var sentence in features[d])
                foreach (var f in sentence.Features) CountFeature(index, f, items[d].Convention);
        }
        index.Freeze(options.MinFeatureCount);
        log.WriteLine($"features: {index.Count:N0} (min count {options.MinFeatureCount})");
        var train = new List<TrainingSequence>();
        var tune = new List<TrainingSequence>();
        for (int d = 0; d < items.Count; d++)
        {
            var target = Trains(items[d]) ? train : options.Select && items[d].Split == NerSplit.Tune ? tune : null;
            if (target is null) continue;
            foreach (var sentence in features[d]) target.Add(ToSequence(index, sentence, items[d], d));
        }
        features.Clear();
        var perceptron = new AveragedPerceptron(index.Count);
        var random = new Random(options.Seed);
        int epochs = options.Epochs;
        for (int e = 1; e <= epochs; e++)
        {
            int errors = perceptron.TrainEpoch(train, random);
            var line = $"epoch {e,2}: {errors:N0} of {train.Count:N0} sentences mislabelled";
            if (options.Select) line += "; tune " + TuneScores(perceptron, tune, items);
            log.WriteLine(line);
        }
        var (weights, transitions, start) = perceptron.Averaged();
        var model = Export(index, weights, transitions, start, description: "");
        log.WriteLine($"exported {model.FeatureCount:N0} feature rows (pruned below {options.PruneBelow})");
        var check = new Dictionary<string, EvalReport>(StringComparer.Ordinal);
        var evalSplit = options.Select ? NerSplit.Tune : NerSplit.Check;
        foreach (var corpus in items.Select(i => i.Corpus).Distinct())
        {
            var docs = items.Where(i => i.Corpus == corpus && i.Split == evalSplit).Select(i => i.Document.Gold).ToList();
            if (docs.Count == 0) continue;
            check[corpus] = Score(model, docs, options.Select ? options.TuneDetails : null);
        }
        var summary = Summarise(check, evalSplit, model);
        log.WriteLine(summary);
        log.WriteLine($"done in {clock.Elapsed.TotalSeconds:0.0} s");
        return new Result(Export(index, weights, transitions, start, summary), check, summary);
    }

    private List<Item> Prepare()
    {
        var read = NerCorpora.Read(evalRoot, language);
        if (options.LimitPerCorpus is { } limit) read = read.GroupBy(r => r.Corpus).SelectMany(g => g.Take(limit));
        var raw = read.ToList();
        var prepared = new PreparedDocument[raw.Count];
        Parallel.For(0, raw.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => prepared[i] = new PreparedDocument(raw[i].Document, language, _splitter, options.Clusters));
        var items = new List<Item>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            int convention = Math.Max(0, IndexOfConvention(raw[i].Document.Convention));
            items.Add(new Item(prepared[i], raw[i].Split, raw[i].Corpus, (byte)(convention + 1)));
        }
        return items;
    }

    private int IndexOfConvention(string convention)
    {
        for (int i = 0; i < _conventions.Count; i++) if (_conventions[i] == convention) return i;
        return -1;
    }

    private sealed record SentenceFeatures(ulong[] Features, int[] Starts, int[] Labels);

    private static List<SentenceFeatures> ExtractFeatures(PreparedDocument doc)
    {
        var result = new List<SentenceFeatures>(doc.View.Sentences.Length);
        var sink = new List<ulong>(64);
        foreach (var (first, end) in doc.View.Sentences)
        {
            var all = new List<ulong>((end - first) * 40);
            var starts = new int[end - first + 1];
            for (int i = first; i < end; i++)
            {
                starts[i - first] = all.Count;
                sink.Clear();
                NerFeatures.Extract(doc.View.Tokens, first, end, i, sink);
                all.AddRange(sink);
            }
            starts[end - first] = all.Count;
            result.Add(new SentenceFeatures([.. all], starts, doc.Labels[first..end]));
        }
        return result;
    }

    private void CountFeature(FeatureIndex index, ulong f, byte convention)
    {
        index.Observe(f, 0);
        if (options.ConventionFeatures && _conventions.Count > 1) index.Observe(f, convention);
    }

    private TrainingSequence ToSequence(FeatureIndex index, SentenceFeatures s, Item item, int document)
    {
        int n = s.Labels.Length;
        var starts = new int[n + 1];
        var ids = new List<int>(s.Features.Length * 2);
        bool conjoin = options.ConventionFeatures && _conventions.Count > 1;
        for (int t = 0; t < n; t++)
        {
            starts[t] = ids.Count;
            for (int k = s.Starts[t]; k < s.Starts[t + 1]; k++)
            {
                int shared = index.IndexOf(s.Features[k], 0);
                if (shared >= 0) ids.Add(shared);
                if (!conjoin) continue;
                int own = index.IndexOf(s.Features[k], item.Convention);
                if (own >= 0) ids.Add(own);
            }
        }
        starts[n] = ids.Count;
        return new TrainingSequence(starts, [.. ids], s.Labels, item.Convention, document);
    }

    // Token-level strict micro F1 over PER, LOC, ORG on the tune sentences, per corpus and overall.
    private static string TuneScores(AveragedPerceptron perceptron, List<TrainingSequence> tune, List<Item> items)
    {
        var (weights, transitions, start) = perceptron.Averaged();
        var counts = new Dictionary<string, (int Gold, int Predicted, int Correct)>(StringComparer.Ordinal);
        var emissions = new float[1024 * NerLabels.Count];
        var predicted = new int[1024];
        foreach (var seq in tune)
        {
            if (emissions.Length < seq.Length * NerLabels.Count) { emissions = new float[seq.Length * NerLabels.Count]; predicted = new int[seq.Length]; }
            AveragedPerceptron.Emissions(seq, weights, emissions);
            ViterbiDecoder.Decode(emissions, seq.Length, transitions, start, predicted);
            var gold = SpansOf(seq.Gold);
            var guess = SpansOf(predicted.AsSpan(0, seq.Length));
            var corpus = items[seq.Document].Corpus;
            var c = counts.GetValueOrDefault(corpus);
            counts[corpus] = (c.Gold + gold.Count, c.Predicted + guess.Count, c.Correct + guess.Count(gold.Contains));
        }
        var parts = counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {F1(kv.Value):0.0000}");
        var total = counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Gold, a.Item2 + c.Predicted, a.Item3 + c.Correct));
        return $"all {F1(total):0.0000} ({string.Join(", ", parts)})";
    }

    private static double F1((int Gold, int Predicted, int Correct) c) =>
        c.Gold + c.Predicted == 0 ? 0 : 2.0 * c.Correct / (c.Gold + c.Predicted);

    // Scored spans (PER, LOC, ORG) of a label sequence, as (first, last, type).
    private static HashSet<(int, int, int)> SpansOf(ReadOnlySpan<int> labels)
    {
        var spans = new HashSet<(int, int, int)>();
        int open = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : 0;
            if (NerLabels.IsInside(label) && open >= 0 && NerLabels.TypeOf(label) == type) continue;
            if (open >= 0 && type <= 2) spans.Add((open, i - 1, type));
            open = label == 0 ? -1 : i;
            type = label == 0 ? -1 : NerLabels.TypeOf(label);
        }
        return spans;
    }

    private NerModel Export(FeatureIndex index, float[] weights, float[] transitions, float[] start, string description)
    {
        var rows = new List<(ulong, byte, LabelWeights)>(index.Count / 2);
        for (int f = 0; f < index.Count; f++)
        {
            var w = weights.AsSpan(f * NerLabels.Count, NerLabels.Count);
            float max = 0;
            foreach (var x in w) max = Math.Max(max, Math.Abs(x));
            if (max < options.PruneBelow || max == 0) continue;
            var lw = new LabelWeights();
            for (int l = 0; l < NerLabels.Count; l++) lw[l] = (float)(Half)w[l];
            var key = index.KeyOf(f);
            rows.Add((key.Hash, key.Convention, lw));
        }
        var conventions = options.ConventionFeatures ? _conventions.ToImmutableArray() : [];
        return new NerModel(language, conventions, description, options.Clusters, rows, transitions, start);
    }

    private EvalReport Score(NerModel model, List<NerDocument> docs, TextWriter? details)
    {
        var pipeline = new RecoupePipelineBuilder { EntityRecognizer = new StatisticalEntityRecognizer(l => l == language ? model : null, new EntityRecognizer()) }.Build();
        return NerSuite.Score("ner", docs, pipeline, language, details);
    }

    private string Summarise(IReadOnlyDictionary<string, EvalReport> reports, NerSplit split, NerModel model)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"ner-{language}: averaged perceptron, {options.Epochs} epochs, min count {options.MinFeatureCount}, seed {options.Seed}, ");
        sb.Append(CultureInfo.InvariantCulture, $"{model.FeatureCount:N0} feature rows; strict F1 on the {split.ToString().ToLowerInvariant()} split:");
        foreach (var (corpus, r) in reports.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture,
                $"\n  {corpus,-22} micro {r["micro.strict.f1"]:0.000} (P {r["micro.strict.p"]:0.000}, R {r["micro.strict.r"]:0.000}); per {r["pers.strict.f1"]:0.000}, loc {r["loc.strict.f1"]:0.000}, org {r["org.strict.f1"]:0.000}; {r["documents"]} documents");
        return sb.ToString();
    }
}
