using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Recoupe.Evaluation;
using Recoupe.Evaluation.Summary;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Briefs;

/// <summary>
/// `bench briefs [--articles 40] [--rounds 20] [--profile] [--dump brief.json] [PATH]`: how long one brief build takes for a story of N articles (the target is
/// 200 ms for 40). The articles are RPM2 documents (French news, topics taken in order until N are gathered), cleaned and analysed
/// once; each round builds the whole brief (corpus, alignment, summary, claims, support, conflicts, facts, quotes, timeline) on one
/// thread. Reports the median and the worst wall-clock time and the median thread-CPU time.
/// `bench briefs --store FILE [--stories N] [--alloc facts|conflicts]`: the steps of a cached rebuild summed over the stories of a
/// stream's kept store (`bench ingest --keep-store FILE`), so that they weigh as in a stream; with --alloc, the types that step allocates.
/// </summary>
public static class BriefBench
{
    public static int Run(string[] args)
    {
        int storeAt = Array.IndexOf(args, "--store");
        int allocAt = Array.IndexOf(args, "--alloc");
        if (storeAt >= 0 && storeAt + 1 < args.Length)
            return StoreProfile(args[storeAt + 1], Option(args, "--stories", 1000), allocAt >= 0 && allocAt + 1 < args.Length ? args[allocAt + 1] : null);
        int count = Option(args, "--articles", 40);
        int rounds = Option(args, "--rounds", 20);
        var path = args.Where((a, i) => i == 0 || args[i - 1] != "--dump")
                       .FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !int.TryParse(a, out _))
                   ?? (EvalSuites.SharedEvalFolder() is { } shared ? Path.Combine(shared, "mds-fr-rpm2") : null);
        if (path is null || !Directory.Exists(Path.Combine(path, "documents"))) { Console.Error.WriteLine("RPM2 folder not found; pass it"); return 1; }
        var pipeline = RecoupePipeline.Default;
        var articles = new List<AnalyzedArticle>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(path, "documents"), "T*_C*_*.txt").Order(StringComparer.Ordinal).Take(count))
        {
            var cleaned = pipeline.Clean(RpmCluster.ReadDocument(file));
            if (!cleaned.Success) continue;
            // A day per cluster, so that figures of different reports can be updates, as in a real story.
            var published = DateStamp.Day(2008, 1 + articles.Count / 20, 1 + articles.Count % 10);
            articles.Add(pipeline.Analyze(cleaned.Value! with { Id = articles.Count + 1, Published = published }));
        }
        // A story bigger than the documents (2,000 articles): the documents again as later reports, a year later per round, each
        // with its own id, so that a brief keeps the latest ones as it would in a long-running story.
        int distinct = articles.Count;
        for (int i = distinct; i < count && distinct > 0; i++)
        {
            var source = articles[i % distinct].Article;
            var published = DateStamp.Day(2008 + i / distinct, 1 + i % distinct / 20, 1 + i % distinct % 10);
            articles.Add(articles[i % distinct] with { Article = source with { Id = i + 1, Published = published } });
        }
        var story = new Story(1, "bench", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, articles.Select(a => a.Article.Id).ToImmutableArray());
        // From scratch: a builder that keeps no article between builds reads every article each time.
        var options = Recoupe.Briefs.BriefOptions.Default;
        var builder = new Recoupe.Briefs.BriefBuilder(pipeline.EntityResolver, options with { CachedArticles = 0 });
        var brief = builder.Build(story, articles); // warm-up: JIT, the support model, stemmers
        var wall = new List<double>();
        var cpu = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            var cpu0 = ThreadCpu.Now();
            var sw = Stopwatch.StartNew();
            brief = builder.Build(story, articles);
            wall.Add(sw.Elapsed.TotalMilliseconds);
            cpu.Add((ThreadCpu.Now() - cpu0).TotalMilliseconds);
        }
        // Incremental: the story had one article fewer when its brief was last built; time the rebuild once the last one joins.
        var added = new List<double>();
        if (articles.Count >= 2)
        {
            var before = articles.Take(articles.Count - 1).ToList();
            var storyBefore = story with { ArticleIds = story.ArticleIds.RemoveAt(story.ArticleIds.Length - 1) };
            for (int r = 0; r < rounds; r++)
            {
                var incremental = new Recoupe.Briefs.BriefBuilder(pipeline.EntityResolver, options);
                incremental.Build(storyBefore, before);
                var cpu0 = ThreadCpu.Now();
                var again = incremental.Build(story, articles);
                added.Add((ThreadCpu.Now() - cpu0).TotalMilliseconds);
                if (r == 0 && Recoupe.Contracts.BriefDocument.ToJson(again) != Recoupe.Contracts.BriefDocument.ToJson(brief))
                {
                    Console.Error.WriteLine("the incrementally built brief differs from the one built from scratch");
                    return 1;
                }
            }
            added.Sort();
        }
        wall.Sort();
        cpu.Sort();
        // The brief as JSON, to check that a change to how briefs are built leaves them byte-identical.
        int dump = Array.IndexOf(args, "--dump");
        if (dump >= 0 && dump + 1 < args.Length) File.WriteAllText(args[dump + 1], Recoupe.Contracts.BriefDocument.ToJson(brief));
        if (args.Contains("--profile")) Profile(articles, pipeline, rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"brief of {articles.Count} articles ({brief.Facts.Length} facts, {brief.Conflicts.Length} conflicts), {rounds} rounds: median {wall[rounds / 2]:0.0} ms wall (worst {wall[^1]:0.0}), median {cpu[rounds / 2]:0.0} ms thread CPU from scratch; {(added.Count > 0 ? added[rounds / 2] : 0):0.0} ms thread CPU to rebuild it after one added article"));
        return 0;
    }

    /// <summary>
    /// `bench briefs --store FILE [--stories N]`: the steps of a cached rebuild (as <see cref="Profile"/> times them) summed over the
    /// stories of a store, largest first — a stream's kept store (`bench ingest --keep-store FILE`), so that the steps are weighed as
    /// a stream's briefs weigh them (its stories, wire copies and all), not as one RPM2 story does.
    /// </summary>
    /// <param name="allocStep">"facts" or "conflicts": instead of the steps, the types that step allocates (allocation samples).</param>
    private static int StoreProfile(string file, int maxStories, string? allocStep = null)
    {
        var pipeline = RecoupePipeline.Default;
        using var store = new Recoupe.Storage.SqliteStore(file);
        var stories = new List<Recoupe.Storage.StorySummary>();
        for (int offset = 0; ; offset += 500)
        {
            var page = store.ListStories(500, offset);
            stories.AddRange(page);
            if (page.Count < 500) break;
        }
        var steps = new Dictionary<string, List<double>>();
        var allocated = new Dictionary<string, long>();
        int n = 0, articles = 0;
        Annotate.AllocationSampler? sampler = null;
        foreach (var summary in stories.OrderByDescending(x => x.ArticleCount).ThenBy(x => x.Id).Take(maxStories))
        {
            var read = store.GetStoryArticles(summary.Id, pipeline.BriefBuilder.ArticlesRead);
            if (read.Count < 2) continue;
            var kept = Recoupe.Briefs.StoryAnalysis.Kept(read.Select(a => a.Article).ToList(), Recoupe.Briefs.BriefOptions.Default).Select(i => read[i]).ToList();
            if (kept.Any(a => a.Article.Text.Length == 0)) continue; // metadata only: not what a build analyses
            if (allocStep is not null) { SampleStep(kept, pipeline, allocStep, sampler ??= Annotate.AllocationSampler.Start()); n++; continue; }
            Profile(kept, pipeline, 1, steps, allocated);
            n++;
            articles += kept.Count;
        }
        if (sampler is not null) { sampler.Print($"{allocStep} over {n} stories"); return 0; }
        Console.WriteLine($"steps of a cached rebuild summed over {n} stories ({articles} articles analysed) of {file}:");
        foreach (var (name, list) in steps)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-22} {list.Sum(),9:0} ms {allocated[name] / 1048576.0,9:0.0} MiB"));
        return 0;
    }

    /// <summary>One story's analysis, then the step sampled alone (the sampler on only while it runs).</summary>
    private static void SampleStep(List<AnalyzedArticle> articles, RecoupePipeline pipeline, string step, Annotate.AllocationSampler sampler)
    {
        var options = Recoupe.Briefs.BriefOptions.Default;
        var analysis = Recoupe.Briefs.StoryAnalysis.Run(articles, pipeline.EntityResolver, options, cache: Cache);
        sampler.On = step == "conflicts";
        var conflicts = Recoupe.Briefs.Conflicts.ClaimConflictDetector.Detect(analysis.Corpus, analysis.Support, options)
            .Concat(Recoupe.Briefs.Conflicts.QuoteWordingDetector.Detect(analysis.Corpus, analysis.Quotes)).ToList();
        sampler.On = step == "facts";
        // The step many times over (each with a fresh pair classifier, as a build has), so that its samples outweigh those of the
        // analysis around it that arrive late.
        if (step == "facts")
            for (int r = 0; r < 8; r++)
            {
                var support = new Recoupe.Briefs.Support.SupportClassifier(analysis.Corpus, analysis.Frames, analysis.Aligner, Recoupe.Briefs.Support.SupportModel.Shipped);
                Recoupe.Briefs.Facts.FactAligner.Build(analysis with { Support = support }, options, conflicts);
            }
        sampler.On = false;
    }

    private static readonly Recoupe.Briefs.Analysis.ArticleAnalysisCache Cache = new(Recoupe.Briefs.BriefOptions.Default.CachedArticles);

    /// <summary>Thread-CPU milliseconds of each step of a build (median over the rounds), to see where the time goes.</summary>
    private static void Profile(List<AnalyzedArticle> all, RecoupePipeline pipeline, int rounds)
    {
        var steps = new Dictionary<string, List<double>>();
        // Bytes allocated by each step (the last round's): in a whole ingest, the collector's time goes with them.
        var allocated = new Dictionary<string, long>();
        Profile(all, pipeline, rounds, steps, allocated, summed: false);
        foreach (var (name, list) in steps)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-16} {list[list.Count / 2],7:0.0} ms {allocated[name] / 1024.0,9:0} KiB"));
        }
    }

    /// <param name="summed">Bytes added to <paramref name="allocated"/> (over stories) rather than the last round's kept.</param>
    private static void Profile(List<AnalyzedArticle> all, RecoupePipeline pipeline, int rounds, Dictionary<string, List<double>> steps,
        Dictionary<string, long> allocated, bool summed = true)
    {
        var options = Recoupe.Briefs.BriefOptions.Default;
        // The articles a build analyses (at most MaxArticles), so that the steps of a big story are those its rebuild pays.
        var articles = Recoupe.Briefs.StoryAnalysis.Kept(all.Select(a => a.Article).ToList(), options).Select(i => all[i]).ToList();
        // Every article read before, as in a rebuild after one added article: the steps left are the story-wide ones.
        var cache = new Recoupe.Briefs.Analysis.ArticleAnalysisCache(options.CachedArticles);
        int perArticle = Math.Min(options.MaxSentencesPerArticle, Math.Max(10, options.MaxSentences / Math.Max(1, articles.Count)));
        Recoupe.Briefs.Analysis.StoryCorpus.Build(articles, pipeline.EntityResolver, options, cache);
        for (int r = 0; r < rounds; r++)
        {
            var t = ThreadCpu.Now();
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            void Lap(string name)
            {
                var now = ThreadCpu.Now();
                (steps.TryGetValue(name, out var l) ? l : steps[name] = []).Add((now - t).TotalMilliseconds);
                t = now;
                long b = GC.GetAllocatedBytesForCurrentThread();
                allocated[name] = (summed ? allocated.GetValueOrDefault(name) : 0) + b - bytes;
                bytes = b;
            }
            var mentions = new List<(long, string, EntityMention)>();
            for (int a = 0; a < articles.Count; a++)
                foreach (var m in articles[a].Annotations.Entities) mentions.Add((a, articles[a].Article.Text, m));
            pipeline.EntityResolver.Resolve(mentions); Lap("(resolver alone)");
            // What a rebuild pays for entities: the cross-document merge of each article's cached grouping of its mentions.
            if (pipeline.EntityResolver is Recoupe.Mentions.EntityResolver merging) merging.Resolve(articles.Select(cache.Entities).ToList());
            Lap("(resolver, cached)");
            Recoupe.Briefs.Analysis.StoryCorpus.Build(articles, pipeline.EntityResolver, options); Lap("(corpus, scratch)");
            new Recoupe.Mentions.EntityResolver().Resolve(mentions); Lap("(default resolver)");
            var corpus = Recoupe.Briefs.Analysis.StoryCorpus.Build(articles, pipeline.EntityResolver, options, cache); Lap("corpus (cached)");
            var sentences = corpus.UnitsOfArticle.Select(l => (IReadOnlyList<string[]>)l.Select(u => u.Words).ToList()).ToList(); Lap("(skip)");
            Recoupe.Briefs.Analysis.SourceIndependence.For(articles, sentences); Lap("(independence again)");
            var shingles = corpus.UnitsOfArticle.Select(l => (IReadOnlyList<long[]>)l.Select(u => u.Reading!.Shingles).ToList()).ToList();
            Recoupe.Briefs.Analysis.SourceIndependence.For(articles, shingles, articles.Select(a => cache.Get(a, perArticle).CreditedAgencies).ToList());
            Lap("(independence, cached)");
            foreach (var u in corpus.Units) Recoupe.Briefs.Claims.QuantityParser.Parse(corpus.ArticleOf(u).Text, u.Span, "fr", []); Lap("(quantities again)");
            var graph = Recoupe.Briefs.Analysis.SimilarityGraph.Build(corpus); Lap("graph");
            var quotes = Recoupe.Briefs.Quotes.SpeakerQuotes.Collect(corpus); Lap("quotes");
            var aligner = new Recoupe.Briefs.Analysis.SentenceAligner(corpus, graph, Recoupe.Briefs.Analysis.SentenceAligner.CacheFloor(options),
                Recoupe.Briefs.Analysis.StatementSpeakers.Of(corpus, quotes)); Lap("aligner");
            Recoupe.Briefs.Summary.SentenceScores.Centroid(corpus); Lap("(centroid)");
            Recoupe.Briefs.Summary.SentenceScores.LexRank(corpus, graph); Lap("(lexrank)");
            Recoupe.Briefs.Summary.SentenceScores.Title(corpus); Lap("(title)");
            Recoupe.Briefs.Summary.SentenceScores.Support(corpus, aligner, options.FactAlignment * Recoupe.Briefs.Summary.Summarizer.SupportShare); Lap("(support)");
            var importance = Recoupe.Briefs.Summary.Summarizer.Score(corpus, graph, aligner, options, Recoupe.Briefs.Summary.SummaryMethod.Recoupe); Lap("summary scores");
            var frames = Recoupe.Briefs.Claims.ClaimFrames.Build(corpus, quotes); Lap("claim frames");
            var support = new Recoupe.Briefs.Support.SupportClassifier(corpus, frames, aligner, Recoupe.Briefs.Support.SupportModel.Shipped);
            var conflicts = Recoupe.Briefs.Conflicts.ClaimConflictDetector.Detect(corpus, support, options)
                .Concat(Recoupe.Briefs.Conflicts.QuoteWordingDetector.Detect(corpus, quotes)).ToList(); Lap("conflicts");
            var summary = Recoupe.Briefs.Summary.Summarizer.Select(corpus, importance, options, Recoupe.Briefs.Summary.SummaryMethod.Recoupe,
                options.SummaryWords, options.SummarySentences); Lap("summary select");
            var analysis = new Recoupe.Briefs.StoryAnalysis(corpus, graph, aligner, importance, summary, quotes, support);
            foreach (var u in summary)
                foreach (var (other, _) in aligner.BestPerArticle(u, options.FactAlignment)) support.Cites(u, other);
            Lap("citations");
            Recoupe.Briefs.Summary.HeadlinePicker.Pick(corpus, summary, importance); Lap("headline");
            Recoupe.Briefs.Facts.FactAligner.Build(analysis, options, conflicts); Lap("facts");
            // Again, with every pair the classifier judged for it cached: what is left is grouping and the facts' sources.
            Recoupe.Briefs.Facts.FactAligner.Build(analysis, options, conflicts); Lap("(facts again)");
            Recoupe.Briefs.Quotes.QuoteGrouper.Build(corpus, quotes, options); Lap("quote groups");
            Recoupe.Briefs.BriefEntities.Build(corpus, quotes, options.MaxEntities); Lap("entities");
            Recoupe.Briefs.Timeline.TimelineBuilder.Build(corpus, importance, options); Lap("timeline");
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
