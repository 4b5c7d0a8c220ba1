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
/// Trains a language's labeller from the gold corpora in ../shared/eval (see <see cref="NerCorpora"/>): prepares every
/// document as the tagger reads text, indexes features, runs the averaged perceptron, prunes and exports the model,
/// then scores it on the held-back check split with the same code as `recoupe eval ner`.
/// Two passes (stacking): the first pass is trained K times on K-1 folds of the training documents and labels the
/// fold left out, so that the second pass learns from first-pass labels as wrong as they will be on new text; the
/// shipped first pass is then trained on all training documents.
/// With <see cref="NerTrainingOptions.Select"/>, it trains on the train split only and reports the tune split after
/// every epoch: that is where settings are chosen; the check split is never looked at then.
/// </summary>
public sealed class NerTrainer(string evalRoot, string language, NerTrainingOptions options, TextWriter log)
{
    private readonly ISentenceSplitter _splitter = new SentenceSplitter();
    private readonly IReadOnlyList<string> _conventions = NerCorpora.ConventionsFor(language, options.ConventionGroups, options.LeTempsWeights);
    private readonly bool _ruleEvidence = options.RuleEvidence ?? language == "fr";
    private readonly bool _twoPass = options.TwoPass ?? language == "en";
    private readonly int _clusterMask = options.ClusterMaskFor(language) | (options.LostDashes ? NerFeatures.ClusterFeatures.LostDashes : 0)
        | options.Honorifics switch
        {
            HonorificLabels.Outside => NerFeatures.ClusterFeatures.HonorificsOutside,
            HonorificLabels.Inside => NerFeatures.ClusterFeatures.HonorificsInside,
            HonorificLabels.ByConvention => NerFeatures.ClusterFeatures.HonorificsByConvention,
            _ => 0,
        }
        | options.Titles switch
        {
            TitleLabels.ByConvention => NerFeatures.ClusterFeatures.TitlesByConvention,
            TitleLabels.Outside => NerFeatures.ClusterFeatures.TitlesOutside,
            _ => 0,
        };

    /// <param name="Group">The convention byte of the document's convention group (<see cref="NerConventions.GroupOf"/>), 0 if none.</param>
    private sealed record Item(PreparedDocument Document, NerSplit Split, string Corpus, byte Convention, byte Group);

    private sealed record SentenceFeatures(ulong[] Features, int[] Starts, int[] Labels, int First);

    private sealed record Trained(float[] Weights, float[] Transitions, float[] Start);

    public sealed record Result(NerModel Model, IReadOnlyDictionary<string, EvalReport> Check, string Summary);

    public Result Run()
    {
        var clock = Stopwatch.StartNew();
        var items = Prepare();
        log.WriteLine($"prepared {items.Count} documents ({items.Sum(i => i.Document.View.Tokens.Length):N0} tokens) in {clock.Elapsed.TotalSeconds:0.0} s; " +
            $"misaligned gold edges: {items.Sum(i => i.Document.Misaligned)}");
        var training = Enumerable.Range(0, items.Count).Where(d => Trains(items[d])).ToList();

        if ((_clusterMask & NerFeatures.ClusterFeatures.TableBits) != 0)
        {
            var clusters = WordClusters.For(language) ?? throw new InvalidOperationException($"cluster features need models/{WordClusters.FileName(language)}: run `recoupe train clusters --language {language}` first");
            foreach (var item in items) item.Document.View.ResolveClusters(clusters, 0, item.Document.View.Tokens.Length - 1);
            log.WriteLine($"word clusters: {clusters.Count:N0} words, k = {string.Join("/", clusters.Sizes)}; feature mask 0x{_clusterMask:x}");
        }
        var features1 = items.Select(i => ExtractFeatures(i.Document, secondPass: false)).ToList();
        var index1 = BuildIndex(features1, items, training);
        var sequences1 = items.Select((item, d) => features1[d].Select(s => ToSequence(index1, s, item, d)).ToList()).ToList();
        features1.Clear();
        log.WriteLine($"first pass: {index1.Count:N0} features (min count {options.MinFeatureCount})");

        FeatureIndex index;
        List<List<TrainingSequence>> sequences;
        Trained? first = null;
        if (_twoPass)
        {
            StackFirstPass(items, training, sequences1);
            first = Train(index1.Count, training.SelectMany(d => sequences1[d]).ToList(), "first pass", tune: null);
            foreach (var d in Enumerable.Range(0, items.Count).Where(d => !Trains(items[d]))) ApplyFirstPass(items[d], sequences1[d], first);
            var features2 = items.Select(i => ExtractFeatures(i.Document, secondPass: true)).ToList();
            index = BuildIndex(features2, items, training);
            sequences = items.Select((item, d) => features2[d].Select((s, k) => ToSequence(index, s, item, d, _firstScores[item][k])).ToList()).ToList();
            log.WriteLine($"second pass: {index.Count:N0} features");
        }
        else (index, sequences) = (index1, sequences1);

        var tune = options.Select ? Enumerable.Range(0, items.Count).Where(d => items[d].Split == NerSplit.Tune).SelectMany(d => sequences[d]).ToList() : null;
        var final = Train(index.Count, Weighted(training, items).SelectMany(d => sequences[d]).ToList(), _twoPass ? "second pass" : "model", tune, items,
            _twoPass ? options.SecondPassEpochs : options.Epochs);
        NerModel Build(string description) => Export(index, final, description,
            first is null ? null : Export(index1, first, "first pass", null, _clusterMask), _twoPass ? 0 : _clusterMask);
        var model = Build("");
        log.WriteLine($"exported {model.FeatureCount:N0} feature rows (pruned below {options.PruneBelowFor(language)})");
        var reports = new Dictionary<string, EvalReport>(StringComparer.Ordinal);
        var baselines = new Dictionary<string, EvalReport>(StringComparer.Ordinal);
        var evalSplit = options.Select ? NerSplit.Tune : NerSplit.Check;
        foreach (var corpus in items.Select(i => i.Corpus).Distinct())
        {
            var docs = items.Where(i => i.Corpus == corpus && i.Split == evalSplit).Select(i => i.Document.Gold).ToList();
            if (docs.Count == 0) continue;
            reports[corpus] = Score(model, docs, options.Select ? options.TuneDetails : null);
            baselines[corpus] = NerSuite.Score("ner", docs, new RecoupePipelineBuilder { EntityRecognizer = new EntityRecognizer() }.Build(), language, null);
        }
        var summary = Summarise(reports, baselines, evalSplit, model);
        log.WriteLine(summary);
        log.WriteLine($"done in {clock.Elapsed.TotalSeconds:0.0} s");
        return new Result(Build(summary), reports, summary);
    }

    // Historical documents (any convention but the first, modern one) repeated HistoricalWeight times.
    private IEnumerable<int> Weighted(List<int> training, List<Item> items)
    {
        int weight = Math.Max(1, options.HistoricalWeightFor(language));
        foreach (int d in training)
            for (int k = items[d].Convention > 1 ? weight : 1; k > 0; k--) yield return d;
    }

    private bool Trains(Item i) => i.Split == NerSplit.Train || !options.Select && i.Split == NerSplit.Tune;

    // Cross-validated first-pass labels on every training document: the second pass must learn how far to trust them.
    private void StackFirstPass(List<Item> items, List<int> training, List<List<TrainingSequence>> sequences1)
    {
        int folds = Math.Max(2, options.StackingFolds);
        for (int k = 0; k < folds; k++)
        {
            var fit = training.Where((_, rank) => rank % folds != k).SelectMany(d => sequences1[d]).ToList();
            var fold = Train(sequences1.Count == 0 ? 0 : MaxFeature(sequences1) + 1, fit, $"first pass, fold {k + 1}/{folds}", tune: null);
            foreach (var d in training.Where((_, rank) => rank % folds == k)) ApplyFirstPass(items[d], sequences1[d], fold);
        }
    }

    private static int MaxFeature(List<List<TrainingSequence>> sequences)
    {
        int max = 0;
        foreach (var doc in sequences) foreach (var s in doc) foreach (var f in s.Features) max = Math.Max(max, f);
        return max;
    }

    // Labels the document with a first-pass model; keeps its scores per sentence as the second pass's base.
    private void ApplyFirstPass(Item item, List<TrainingSequence> sequences, Trained model)
    {
        var labels = new int[item.Document.View.Tokens.Length];
        var sentences = item.Document.View.Sentences;
        var scores = _firstScores[item] = new float[sequences.Count][];
        for (int s = 0; s < sequences.Count; s++)
        {
            var seq = sequences[s];
            var emissions = scores[s] = new float[seq.Length * NerLabels.Count];
            AveragedPerceptron.Emissions(seq, model.Weights, emissions);
            ViterbiDecoder.Decode(emissions, seq.Length, model.Transitions, model.Start, labels.AsSpan(sentences[s].First, seq.Length));
        }
        item.Document.View.ApplyFirstPass(labels);
    }

    private readonly Dictionary<Item, float[][]> _firstScores = new(ReferenceEqualityComparer.Instance);

    private Trained Train(int featureCount, List<TrainingSequence> train, string what, List<TrainingSequence>? tune, List<Item>? items = null, int? epochs = null)
    {
        var perceptron = new AveragedPerceptron(featureCount);
        var random = new Random(options.Seed);
        for (int e = 1; e <= (epochs ?? options.Epochs); e++)
        {
            int errors = perceptron.TrainEpoch(train, random);
            var line = $"{what}: epoch {e,2}: {errors:N0} of {train.Count:N0} sentences mislabelled";
            if (tune is not null && items is not null) line += "; tune " + TuneScores(perceptron, tune, items);
            log.WriteLine(line);
        }
        var (w, t, s) = perceptron.Averaged();
        return new Trained(w, t, s);
    }

    private List<Item> Prepare()
    {
        var read = NerCorpora.Read(evalRoot, language);
        if (options.LimitPerCorpus is { } limit) read = read.GroupBy(r => r.Corpus).SelectMany(g => g.Take(limit));
        var raw = read.ToList();
        var prepared = new PreparedDocument[raw.Count];
        Parallel.For(0, raw.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => prepared[i] = new PreparedDocument(raw[i].Document, language, _splitter, _ruleEvidence, options.LostDashes,
                TitleLabelling.Labels(raw[i].Document, HonorificLabelling.Labels(raw[i].Document, options.Honorifics), options.Titles)));
        var items = new List<Item>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            int convention = Math.Max(0, IndexOfConvention(raw[i].Document.Convention));
            int group = NerConventions.GroupOf(raw[i].Document.Convention) is { } g ? IndexOfConvention(g) : -1;
            items.Add(new Item(prepared[i], raw[i].Split, raw[i].Corpus, (byte)(convention + 1), (byte)(group + 1)));
        }
        return items;
    }

    // A convention the model holds no weights of reads those it shares (Le Temps: HIPE's, NerConventions.WeightsOf).
    private int IndexOfConvention(string convention)
    {
        for (int i = 0; i < _conventions.Count; i++) if (_conventions[i] == convention) return i;
        return convention == NerConventions.WeightsOf(convention) ? -1 : IndexOfConvention(NerConventions.WeightsOf(convention));
    }

    private List<SentenceFeatures> ExtractFeatures(PreparedDocument doc, bool secondPass)
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
                if (secondPass) NerFeatures.ExtractSecondPass(doc.View.Tokens, first, end, i, sink);
                else NerFeatures.Extract(doc.View.Text, doc.View.Tokens, first, end, i, sink, _clusterMask);
                all.AddRange(sink);
            }
            starts[end - first] = all.Count;
            result.Add(new SentenceFeatures([.. all], starts, doc.Labels[first..end], first));
        }
        return result;
    }

    private FeatureIndex BuildIndex(List<List<SentenceFeatures>> features, List<Item> items, List<int> training)
    {
        var index = new FeatureIndex();
        bool conjoin = options.ConventionFeatures && _conventions.Count > 1;
        foreach (int d in training)
            foreach (var sentence in features[d])
                foreach (var f in sentence.Features)
                {
                    index.Observe(f, 0);
                    if (conjoin) index.Observe(f, items[d].Convention);
                    if (conjoin && items[d].Group != 0) index.Observe(f, items[d].Group);
                }
        index.Freeze(options.MinFeatureCount);
        return index;
    }

    private TrainingSequence ToSequence(FeatureIndex index, SentenceFeatures s, Item item, int document, float[]? baseScores = null)
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
                if (item.Group == 0) continue;
                int group = index.IndexOf(s.Features[k], item.Group);
                if (group >= 0) ids.Add(group);
            }
        }
        starts[n] = ids.Count;
        return new TrainingSequence(starts, [.. ids], s.Labels, item.Convention, document) { Base = baseScores };
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

    private NerModel Export(FeatureIndex index, Trained trained, string description, NerModel? firstPass, int clusterMask)
    {
        var rows = new List<(ulong, byte, LabelWeights)>(index.Count / 2);
        for (int f = 0; f < index.Count; f++)
        {
            var w = trained.Weights.AsSpan(f * NerLabels.Count, NerLabels.Count);
            float max = 0;
            foreach (var x in w) max = Math.Max(max, Math.Abs(x));
            if (max < options.PruneBelowFor(language) || max == 0) continue;
            var lw = new LabelWeights();
            for (int l = 0; l < NerLabels.Count; l++) lw[l] = (float)(Half)w[l];
            var key = index.KeyOf(f);
            rows.Add((key.Hash, key.Convention, lw));
        }
        var conventions = options.ConventionFeatures ? _conventions.ToImmutableArray() : [];
        return new NerModel(language, conventions, description, rows, trained.Transitions, trained.Start, firstPass, _ruleEvidence, clusterMask);
    }

    private EvalReport Score(NerModel model, List<NerDocument> docs, TextWriter? details)
    {
        var pipeline = new RecoupePipelineBuilder { EntityRecognizer = new StatisticalEntityRecognizer(l => l == language ? model : null, new EntityRecognizer()) }.Build();
        return NerSuite.Score("ner", docs, pipeline, language, details);
    }

    private string Summarise(IReadOnlyDictionary<string, EvalReport> reports, IReadOnlyDictionary<string, EvalReport> baselines, NerSplit split, NerModel model)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"ner-{language}: averaged perceptron, {(_twoPass ? "two passes" : "one pass")}, {(_ruleEvidence ? "rule evidence, " : "")}{(_clusterMask != 0 ? $"word clusters (mask 0x{_clusterMask:x}), " : "")}{options.Epochs}{(_twoPass ? $" + {options.SecondPassEpochs}" : "")} epochs, ");
        sb.Append(CultureInfo.InvariantCulture, $"min count {options.MinFeatureCount}, seed {options.Seed}, {model.FeatureCount:N0} feature rows; strict F1 on the {split.ToString().ToLowerInvariant()} split:");
        foreach (var (corpus, r) in reports.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture,
                $"\n  {corpus,-22} micro {r["micro.strict.f1"]:0.000} (P {r["micro.strict.p"]:0.000}, R {r["micro.strict.r"]:0.000}); per {r["pers.strict.f1"]:0.000}, loc {r["loc.strict.f1"]:0.000}, org {r["org.strict.f1"]:0.000}; {r["documents"]} documents; rules alone {baselines[corpus]["micro.strict.f1"]:0.000}");
        return sb.ToString();
    }
}
