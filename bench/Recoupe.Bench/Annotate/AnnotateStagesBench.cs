using System.Globalization;
using Recoupe.Ingest;
using Recoupe.Mentions;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Annotate;

/// <summary>
/// `bench annotate [--rounds N] [--input PATH] [--stage NAME] [--alloc] [--warmup N] [--blocks N]`: each stage of the annotate pass (sentences, entities, quotes, times,
/// and the whole pass) timed in CPU time of the measuring thread, so that other processes on a loaded machine do not
/// distort the figures: articles per CPU-second on one core, over cleaned articles (the seeds by default).
/// </summary>
public static class AnnotateStagesBench
{
    public static int Run(string[] args)
    {
        int rounds = Option(args, "--rounds") is { } r && int.TryParse(r, out var n) ? n : 400;
        var input = Option(args, "--input") ?? Seeds();
        ModelLoad("fr");
        ModelLoad("en");
        var pipeline = RecoupePipeline.Default;
        var articles = InputCollector.Collect([input]).OfType<InputDocument>()
            .Select(d => pipeline.Clean(d.Document)).Where(a => a.Success).Select(a => a.Value!).ToArray();
        if (articles.Length == 0) { Console.Error.WriteLine($"no inputs in {input}"); return 1; }
        var contexts = articles.Select(a => new AnnotationContext(a.Text, a.Language, pipeline.SentenceSplitter.Split(a.Text, a.Language), a.Published)).ToArray();
        var entities = contexts.Select(c => pipeline.EntityRecognizer.Recognize(c)).ToArray();
        int chars = articles.Sum(a => a.Text.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"inputs: {articles.Length} articles ({chars / articles.Length} characters on average) from {input}, {rounds} rounds, one thread, CPU time of this thread"));

        var only = Option(args, "--stage"); // one stage alone, for a profiler
        // A fixed number of warm-up rounds instead of the timed warm-up: with DOTNET_TieredCompilation=0 a run then does the
        // same work whatever the load, so that `perf stat -e instructions:u` of two round counts gives instructions per article.
        int? warmup = Option(args, "--warmup") is { } wu && int.TryParse(wu, out var wn) ? wn : null;
        // More, shorter blocks: on a shared machine the fastest of many short blocks comes closer to an undisturbed one.
        blocks = Option(args, "--blocks") is { } bl && int.TryParse(bl, out var bn) && bn > 0 ? bn : 10;
        bool alloc = args.Contains("--alloc"); // which types each stage allocates, instead of its time
        void Measure(string stage, int rounds, int count, Action<int> work)
        {
            if (only is not null && !stage.StartsWith(only, StringComparison.Ordinal)) return;
            if (alloc) AllocationSampler.Report(stage, Math.Max(1, rounds / 4), count, work);
            else MeasureStage(stage, rounds, count, work, warmup);
        }

        Measure("sentences", rounds, articles.Length, i => pipeline.SentenceSplitter.Split(articles[i].Text, articles[i].Language));
        Measure("entities", rounds, articles.Length, i => pipeline.EntityRecognizer.Recognize(contexts[i]));
        // The statistical recogniser's parts: rule evidence, the token view, each labelling pass.
        var models = articles.Select(a => Recoupe.Mentions.Ner.NerModels.For(a.Language)).ToArray();
        if (models.All(m => m is not null))
        {
            var views = contexts.Select((c, i) => Recoupe.Mentions.Ner.NerDocumentView.Build(c.Text, c.Sentences, c.Language,
                Recoupe.Mentions.Ner.RuleEvidence.Recognize(c.Text, c.Language, c.Sentences))).ToArray();
            Measure("entities: rule evidence", rounds, articles.Length, i => Recoupe.Mentions.Ner.RuleEvidence.Recognize(contexts[i].Text, contexts[i].Language, contexts[i].Sentences));
            var words = contexts.Select(c => Recoupe.Mentions.Entities.WordScanner.Scan(c.Text, c.Sentences)).ToArray();
            Measure("entities: rule evidence, word scan", rounds, articles.Length, i => Recoupe.Mentions.Entities.WordScanner.Scan(contexts[i].Text, contexts[i].Sentences));
            Measure("entities: rule evidence, name runs", rounds, articles.Length, i =>
                Recoupe.Mentions.Entities.NameRunFinder.Find(words[i], contexts[i].Language, new Recoupe.Mentions.Entities.DocumentEvidence(contexts[i].Text, words[i])).Clear());
            Measure("entities: token view", rounds, articles.Length, i => Recoupe.Mentions.Ner.NerDocumentView.Build(contexts[i].Text, contexts[i].Sentences, contexts[i].Language));
            Measure("entities: labelling", rounds, articles.Length, i => Recoupe.Mentions.Ner.NerTagger.Tag(models[i]!, views[i], "modern"));
            // The view as the recogniser builds it (with the rule evidence, its clusters resolved afresh) and both labelling
            // passes with label consistency: the "labelling" figure above reuses views whose clusters are already resolved.
            var evidence = contexts.Select((c, i) => models[i]!.UsesRuleEvidence ? Recoupe.Mentions.Ner.RuleEvidence.Recognize(c.Text, c.Language, c.Sentences) : default).ToArray();
            Measure("entities: fresh view and labelling", rounds, articles.Length, i =>
            {
                var view = Recoupe.Mentions.Ner.NerDocumentView.Build(contexts[i].Text, contexts[i].Sentences, contexts[i].Language, evidence[i], models[i]!.SplitsLostDashes);
                Recoupe.Mentions.Ner.LabelConsistency.Propagate(view, Recoupe.Mentions.Ner.NerTagger.Tag(models[i]!, view, "modern"));
            });
            AfterLabellingParts.Measure(contexts, models!, (stage, work) => Measure(stage, rounds, articles.Length, work));

        }
        Measure("quotes", rounds, articles.Length, i => pipeline.QuoteExtractor.Extract(contexts[i], entities[i]));
        // The quote extractor's parts: reading the document (tokens, paragraphs, passages, genders), then the
        // ranking of every passage's candidates with the detector (the rest of the stage is indirect speech).
        Measure("quotes: document", rounds, articles.Length, i => new Recoupe.Mentions.Quotes.QuoteDocument(contexts[i], entities[i]));
        var quoteDocs = contexts.Select((c, i) => new Recoupe.Mentions.Quotes.QuoteDocument(c, entities[i])).ToArray();
        Measure("quotes: ranking", rounds, articles.Length, i => RankAll(quoteDocs[i]));
        Measure("quotes: indirect", rounds, articles.Length, i => Recoupe.Mentions.Quotes.IndirectSpeech.Add(quoteDocs[i],
            Recoupe.Mentions.Quotes.QuoteModels.For(quoteDocs[i].Language), System.Collections.Immutable.ImmutableArray.CreateBuilder<QuoteMention>()));
        Measure("times", rounds, articles.Length, i => pipeline.TimeTagger.Tag(contexts[i]));
        // The time tagger's parts: the trigger-word scan, all rules' candidates, and (with --stage "times: rules") each rule's share.
        Measure("times: triggers", rounds, articles.Length, i => Recoupe.Mentions.Time.TimeTriggers.Find(contexts[i].Text));
        Measure("times: candidates", rounds, articles.Length, i => TimeTagger.FindCandidates(contexts[i].Text, RulesOf(contexts[i].Language)));
        if (only == "times: rules") TimeRuleShares.Report(contexts, rounds, RulesOf);
        Measure("annotate (whole pass)", rounds, articles.Length, i => pipeline.Annotate(articles[i].Text, articles[i].Language, articles[i].Published));
        return 0;
    }

    // The rounds run in ten blocks (--blocks); the fastest block is reported (on a loaded machine the other processes only ever
    // slow a block down), with the bytes allocated per article, which do not depend on the load at all.
    private static void MeasureStage(string stage, int rounds, int count, Action<int> work, int? warmupRounds = null)
    {
        if (warmupRounds is { } fixedRounds)
        {
            for (int r = 0; r < fixedRounds; r++)
                for (int i = 0; i < count; i++) work(i);
            TimedBlocks(stage, rounds, count, work);
            return;
        }
        // Warm-up for static tables to be built and tiered JIT to reach its optimised code: two seconds at least, then until
        // a whole round over the inputs compiles no method (at most 30 s). On a loaded machine the tiering thread gets
        // little CPU, and two seconds alone left hot methods at tier 0 or instrumented during the timed blocks.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        long compiled = -1;
        while (warm.Elapsed.TotalSeconds < 30)
        {
            var round = System.Diagnostics.Stopwatch.StartNew();
            long before = System.Runtime.JitInfo.GetCompiledMethodCount();
            do
                for (int i = 0; i < count; i++) work(i);
            while (round.Elapsed.TotalSeconds < 0.5);
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount() - before;
            if (warm.Elapsed.TotalSeconds >= 2 && compiled == 0) break;
        }
        if (compiled != 0) Console.WriteLine($"  ({stage}: methods still compiled after 30 s of warm-up)");
        TimedBlocks(stage, rounds, count, work);
    }

    private static int blocks = 10;

    private static void TimedBlocks(string stage, int rounds, int count, Action<int> work)
    {
        int Blocks = blocks;
        int perBlock = Math.Max(1, rounds / Blocks);
        double best = double.MaxValue, total = 0;
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        var paused = GC.GetTotalPauseDuration();
        int collections = GC.CollectionCount(0);
        for (int b = 0; b < Blocks; b++)
        {
            double start = ThreadCpu.Seconds();
            for (int r = 0; r < perBlock; r++)
                for (int i = 0; i < count; i++) work(i);
            double cpu = ThreadCpu.Seconds() - start;
            total += cpu;
            best = Math.Min(best, cpu);
        }
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        paused = GC.GetTotalPauseDuration() - paused;
        collections = GC.CollectionCount(0) - collections;
        int done = Blocks * perBlock * count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {stage,-24} {perBlock * count / best,10:0} articles/CPU-s best block, {done / total,8:0} mean  ({best * 1e6 / (perBlock * count):0.0} µs each, {bytes / done / 1024.0:0.0} KiB allocated each, GC pauses {paused.TotalMicroseconds / done:0.0} µs each over {collections} collections)"));
    }

    private static IReadOnlyList<Recoupe.Mentions.Time.TimeRule> RulesOf(string language) => language switch
    {
        "fr" => Recoupe.Mentions.Time.Grammar.TimeGrammar.French,
        "en" => Recoupe.Mentions.Time.Grammar.TimeGrammar.English,
        _ => Recoupe.Mentions.Time.Grammar.TimeGrammar.Both,
    };

    private static void RankAll(Recoupe.Mentions.Quotes.QuoteDocument doc)
    {
        var model = Recoupe.Mentions.Quotes.QuoteModels.For(doc.Language);
        var state = new Recoupe.Mentions.Quotes.Attribution.AttributionState();
        foreach (var (q, content) in doc.OuterPassages())
        {
            var frame = Recoupe.Mentions.Quotes.Attribution.QuoteFrame.Of(doc, q, content);
            var ranked = Recoupe.Mentions.Quotes.Attribution.SpeakerRanker.Rank(doc, frame, state, model);
            if (QuoteExtractor.IsSpeech(doc, frame, ranked, model)) state.Spoke(ranked.ChosenEntity, frame.Paragraph, q.CloseMark);
        }
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Seeds()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Recoupe.slnx"))) return Path.Combine(d.FullName, "samples", "seeds");
        return "samples/seeds";
    }

    // The first use of a language's entity model: reading it from the assembly and building the news convention's weight
    // table, in wall time, and the managed memory it keeps.
    private static void ModelLoad(string language)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long residentBefore = Environment.WorkingSet;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        double cpu = ThreadCpu.Seconds();
        var model = Recoupe.Mentions.Ner.NerModels.For(language);
        var table = model?.TableFor("modern");
        cpu = ThreadCpu.Seconds() - cpu; // the wall time of a loaded machine also counts other processes' turns
        clock.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        long resident = Environment.WorkingSet - residentBefore; // the process's resident memory, code and native buffers too
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model ner-{language}: loaded in {clock.Elapsed.TotalMilliseconds:0} ms ({cpu * 1000:0} ms CPU of this thread), {model?.FeatureCount:N0} feature rows, {(after - before) / 1048576.0:0.0} MiB kept, resident memory +{resident / 1048576.0:0.0} MiB"));
        GC.KeepAlive(table);
    }
}
