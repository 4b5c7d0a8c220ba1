using System.Diagnostics;
using System.Text;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;
using Recoupe.Web.Hosting;

namespace Recoupe.Bench.Web;

/// <summary>
/// `web [--stories N] [--seconds S] [--connections C] [--uncached] [--parts] [--hold S]`: requests per second and latency of the story list, the API list
/// and the story page, on a store of N stories (each with a brief cloned from one real brief, so the store is built in
/// seconds), with C concurrent keep-alive connections from this process. The client shares the cores with the server,
/// as `wrk` on the same machine would.
/// </summary>
public static class WebBench
{
    public static int Run(string[] args)
    {
        int stories = Option(args, "--stories", 10_000), seconds = Option(args, "--seconds", 5), connections = Option(args, "--connections", 8);
        var dir = Directory.CreateTempSubdirectory("recoupe-webbench-").FullName;
        try
        {
            var path = Path.Combine(dir, "bench.db");
            var sw = Stopwatch.StartNew();
            var ids = Fill(path, stories);
            Console.WriteLine($"store: {stories} stories in {sw.Elapsed.TotalSeconds:F1} s");
            if (args.Contains("--parts")) Parts(path, ids);
            var options = new WebOptions { Urls = "http://127.0.0.1:0", StorePath = path };
            // --uncached: every request reads the store (an opener of our own turns the read cache off), to see a first render's cost.
            if (args.Contains("--uncached")) options = options with { OpenStore = () => new SqliteStore(path) };
            var app = RecoupeWebApp.Create(options).GetValueOrThrow();
            app.StartAsync().GetAwaiter().GetResult();
            var address = RecoupeWebApp.BoundAddresses(app).Single() + "/";
            // --hold S: serve the store for S seconds for an outside load tool (wrk), printing the address and a story id.
            if (Option(args, "--hold", 0) is > 0 and var hold)
            {
                Console.WriteLine($"serving {address} for {hold} s; a story: stories/{ids[ids.Count / 2]}");
                Thread.Sleep(TimeSpan.FromSeconds(hold));
                app.StopAsync().GetAwaiter().GetResult();
                return 0;
            }
            Console.WriteLine($"| endpoint | req/s | p50 ms | p99 ms | errors |");
            Console.WriteLine($"|---|---|---|---|---|");
            int i = 0;
            Measure(address, "/ (story list)", () => "", seconds, connections);
            Measure(address, "/api/stories", () => "api/stories", seconds, connections);
            Measure(address, "/stories/{id}", () => $"stories/{ids[Interlocked.Increment(ref i) % ids.Count]}", seconds, connections);
            app.StopAsync().GetAwaiter().GetResult();
            return 0;
        }
        finally { try { Directory.Delete(dir, true); } catch (IOException) { } }
    }

    /// <summary>What one list or story request reads, each part timed alone (thread CPU), to see where a request's time goes.</summary>
    private static void Parts(string path, List<long> ids)
    {
        void Time(string name, int n, Action act)
        {
            act();
            var t0 = ThreadCpu.Now();
            for (int k = 0; k < n; k++) act();
            Console.WriteLine($"  {name}: {(ThreadCpu.Now() - t0).TotalMilliseconds / n:F2} ms CPU");
        }
        Time("open store", 50, () => { using var s = new SqliteStore(path); });
        using var store = new SqliteStore(path);
        Time("ListStories(1000)", 20, () => store.ListStories(1000));
        Time("ListStories(1)", 50, () => store.ListStories(1));
        Time("Counts()", 50, () => store.Counts());
        Time("GetBrief x50", 10, () => { foreach (var id in ids.Take(50)) store.GetBrief(id); });
        Time("IsBriefStale x50", 10, () => { foreach (var id in ids.Take(50)) store.IsBriefStale(id); });
        Time("GetStory", 50, () => store.GetStory(ids[0]));
        Time("ListStories(50)", 20, () => store.ListStories(50));
        var index = new Recoupe.Web.Queries.StoryEntityIndex();
        Time("story page render (no related)", 20, () => Recoupe.Web.Pages.StoryPage.Render(store, store.GetBrief(ids[1])!));
        Time("related stories (index current)", 20, () => Recoupe.Web.Queries.RelatedStories.Find(store.GetBrief(ids[1])!, index.Current(store, 1)));
        Time("list page render", 10, () => Recoupe.Web.Pages.StoryListPage.Render(store, Recoupe.Web.Queries.StoryFilter.None, 0));
    }

    private static void Measure(string address, string name, Func<string> path, int seconds, int connections)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections }) { BaseAddress = new Uri(address) };
        client.GetStringAsync(path()).GetAwaiter().GetResult(); // warm-up: JIT and first reads are not the steady state
        var latencies = new List<double>[connections];
        int errors = 0;
        var until = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = [];
            while (until.Elapsed.TotalSeconds < seconds)
            {
                var t = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path());
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
        })).ToArray();
        Task.WaitAll(workers);
        var all = latencies.SelectMany(l => l).Order().ToList();
        double rate = all.Count / until.Elapsed.TotalSeconds;
        Console.WriteLine($"| {name} | {rate:F0} | {all[all.Count / 2]:F1} | {all[(int)(all.Count * 0.99)]:F1} | {errors} |");
    }

    /// <summary>N one-article stories, each with a brief cloned from a real one built over a few invented articles.</summary>
    private static List<long> Fill(string path, int stories)
    {
        using var store = new SqliteStore(path);
        var pipeline = RecoupePipeline.Default;
        var template = TemplateBrief(pipeline);
        var ids = new List<long>(stories);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < stories; i++)
        {
            var when = start.AddMinutes(7 * i);
            var text = $"Le conseil de la ville {i} vote un budget de {i % 97 + 3} millions. Le maire défend le projet devant les élus.";
            var raw = new RawDocument($"bench-{i}.txt", Encoding.UTF8.GetBytes(text), InputKind.Text);
            var article = new Article
            {
                Input = raw.Input, ContentHash = raw.ContentHash, Text = text, Title = $"Budget de la ville {i}", Outlet = $"Journal {i % 40}",
                Language = i % 5 == 0 ? "en" : "fr", Published = DateStamp.TryParseIso(when.ToString("yyyy-MM-ddTHH:mm")), Paragraphs = [new TextSpan(0, text.Length)],
            };
            var (articleId, storyId) = store.AddArticle(new ArticleRecord(raw, new AnalyzedArticle(article, ArticleAnnotations.Empty), null, when));
            store.SaveBrief(template with
            {
                Id = storyId, Title = article.Title!, FirstSeen = when, LastSeen = when,
                Articles = [new BriefArticle(articleId, article.Outlet, article.Title, when.ToString("yyyy-MM-ddTHH:mm"), article.Language, raw.Input, null)],
            });
            ids.Add(storyId);
        }
        return ids;
    }

    private static Brief TemplateBrief(RecoupePipeline pipeline)
    {
        var texts = new[]
        {
            "Le maire Paul Arnaud présente un budget de 12 millions d'euros. « Nous investissons dans les écoles », a déclaré Paul Arnaud lundi.",
            "Le budget de 12 millions présenté par Paul Arnaud divise le conseil municipal. L'opposition dénonce une hausse des impôts.",
            "Selon l'opposition, le budget de 14 millions d'euros augmente les impôts. Le vote aura lieu mardi à Lyon.",
        };
        var analyzed = texts.Select((t, i) =>
        {
            var article = new Article
            {
                Id = i + 1, Input = $"template-{i}.txt", ContentHash = $"template-{i}", Text = t, Title = t.Split('.')[0], Outlet = $"Journal {i}",
                Language = "fr", Published = DateStamp.Day(2024, 1, i + 1), Paragraphs = [new TextSpan(0, t.Length)],
            };
            return pipeline.Analyze(article);
        }).ToList();
        var story = new Story(1, "template", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [.. analyzed.Select(a => a.Article.Id)]);
        return pipeline.BriefBuilder.Build(story, analyzed);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) ? v : fallback;
    }
}
