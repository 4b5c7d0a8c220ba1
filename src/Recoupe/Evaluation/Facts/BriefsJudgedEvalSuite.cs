using System.Text.Encodings.Web;
using System.Text.Json;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// `recoupe eval facts-briefs`: the issue-15 measures of briefs, recomputed from our hand judgements (eval/facts-judged). The RPM2
/// dev documents (topics T01–T12) are ingested together into a fresh store, as a user's would be; each story of three or more
/// articles gets its brief; the story's topic is its articles' majority topic. Odd topics are the TUNE half, even topics the
/// CHECK half (fixed before judging). Per half: (a) cited sources of the top 8 facts judged SUPPORTS or PARTIAL, (b) facts whose
/// "N independent sources" equals the count of distinct judged origins among their supporting sources, (c) conflicts that are
/// real disagreements shown as conflicts or evolving figures shown as updates. Citations and conflicts without a judgement are
/// counted as unjudged (and, with --details, printed as JSON lines to judge); a fact with an unjudged source is not scored in (b).
/// </summary>
public sealed class BriefsJudgedEvalSuite : IEvalSuite
{
    /// <summary>Facts judged per brief, as the issue judges them.</summary>
    public const int TopFacts = 8;

    public string Name => "facts-briefs";
    public string Description => "Briefs of RPM2 dev stories scored against our hand judgements: cited sources, independent-source counts, conflicts (tune/check halves)";
    public string DefaultDataFolder => Path.Combine("eval", "facts-judged");
    public bool DataInRepository => true;

    /// <summary>TUNE: odd topic numbers; CHECK: even ones.</summary>
    public static string PartOf(string topic) => int.TryParse(topic.AsSpan(1), out var n) && n % 2 == 1 ? "tune" : "check";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var judgedPath = File.Exists(dataPath) ? dataPath : Path.Combine(dataPath, "judged.json");
        var judgements = BriefJudgements.Load(judgedPath);
        var documents = DocumentsFolder() ?? throw new DirectoryNotFoundException("RPM2 documents not found (shared eval mds-fr-rpm2/documents or RECOUPE_RPM2_DOCUMENTS)");
        // Only this half's items are printed to judge (RECOUPE_JUDGE_PART=check at the very end): the check half is not read while tuning.
        var show = Environment.GetEnvironmentVariable("RECOUPE_JUDGE_PART") ?? "tune";
        var files = Directory.EnumerateFiles(documents, "T*_C*_*.txt").Order(StringComparer.Ordinal).ToList();
        if (options.Limit is { } limit)
        {
            var kept = files.Select(TopicOf).Distinct().Take(limit).ToHashSet();
            files = files.Where(f => kept.Contains(TopicOf(f))).ToList();
        }
        var storePath = Path.Combine(Path.GetTempPath(), $"recoupe-facts-briefs-{Environment.ProcessId}.db");
        var tallies = new Dictionary<string, Tally> { ["tune"] = new(), ["check"] = new() };
        var briefsOut = Environment.GetEnvironmentVariable("RECOUPE_BRIEFS_OUT");
        try
        {
            using var store = new SqliteStore(storePath);
            var engine = new RecoupeEngine(pipeline, store);
            engine.IngestAll(files.SelectMany(InputCollector.ReadFile));
            foreach (var story in store.ListStories(10_000).Where(s => s.ArticleCount >= 3).OrderBy(s => s.Id))
            {
                var brief = store.GetBrief(story.Id);
                if (brief is null) continue;
                var articles = brief.Articles.ToDictionary(a => a.Id, a => store.GetArticle(a.Id)!.Article);
                var topic = articles.Values.GroupBy(a => TopicOf(a.Input)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                var part = PartOf(topic);
                if (briefsOut is not null)
                {
                    Directory.CreateDirectory(briefsOut);
                    File.WriteAllText(Path.Combine(briefsOut, $"{topic}-story{story.Id}.json"), Contracts.ContractJson.Serialize(brief));
                }
                var details = part == show ? options.Details : null;
                details?.WriteLine($"# story {story.Id} topic {topic} ({part}): {brief.Articles.Length} articles, {brief.Facts.Length} facts, {brief.Conflicts.Length} conflicts");
                Score(brief, articles, topic, judgements, tallies[part], details);
            }
        }
        finally
        {
            foreach (var f in new[] { storePath, storePath + "-wal", storePath + "-shm" })
                if (File.Exists(f)) File.Delete(f);
        }
        var metrics = new Dictionary<string, double>();
        foreach (var (part, t) in tallies)
        {
            metrics[$"{part}_stories"] = t.Stories;
            metrics[$"{part}_citations_judged"] = t.Cited;
            metrics[$"{part}_citations_stating"] = t.Stating;
            metrics[$"{part}_citations_unjudged"] = t.CitedUnjudged;
            metrics[$"{part}_cited_stating_share"] = Share(t.Stating, t.Cited);
            metrics[$"{part}_facts_judged"] = t.Facts;
            metrics[$"{part}_facts_count_right"] = t.CountRight;
            metrics[$"{part}_facts_count_overstated"] = t.Overstated;
            metrics[$"{part}_facts_unjudged"] = t.FactsUnjudged;
            metrics[$"{part}_independent_count_right_share"] = Share(t.CountRight, t.Facts);
            metrics[$"{part}_conflicts_judged"] = t.Conflicts;
            metrics[$"{part}_conflicts_right"] = t.ConflictsRight;
            metrics[$"{part}_conflicts_misread_update"] = t.Misread;
            metrics[$"{part}_conflicts_unjudged"] = t.ConflictsUnjudged;
            metrics[$"{part}_conflicts_right_share"] = Share(t.ConflictsRight, t.Conflicts);
        }
        return new EvalReport(Name, metrics, [$"judgements: {judgements.CitationCount} citations, {judgements.ConflictCount} conflicts ({judgedPath})"]);
    }

    private static void Score(Brief brief, IReadOnlyDictionary<long, Article> articles, string topic, BriefJudgements judgements, Tally t, TextWriter? details)
    {
        t.Stories++;
        foreach (var fact in brief.Facts.Take(TopFacts))
        {
            details?.WriteLine($"## fact N={fact.IndependentSources} [{string.Join("; ", fact.SourceGroups.Select(g => $"{g.Origin} ({g.Reason}): {string.Join(",", g.ArticleIds.Select(id => FileOf(articles[id])))}"))}] :: {fact.Statement}");
            var origins = new HashSet<string>(StringComparer.Ordinal);
            bool complete = true;
            foreach (var source in fact.Sources)
            {
                var article = articles[source.ArticleId];
                var sentence = article.Text[source.Start..source.End];
                var file = FileOf(article);
                var j = judgements.Find(fact.Statement, file, sentence);
                if (j is null)
                {
                    t.CitedUnjudged++;
                    complete = false;
                    details?.WriteLine("UNJUDGED-CITATION " + JsonSerializer.Serialize(new { topic, statement = fact.Statement, file, sentence, label = (string?)null, origin = file }, Readable));
                    continue;
                }
                t.Cited++;
                if (j.Label is "SUPPORTS" or "PARTIAL") { t.Stating++; origins.Add(j.Origin); }
                else details?.WriteLine($"  wrong cite {j.Label}: {file}: {Short(sentence)}");
            }
            if (!complete) { t.FactsUnjudged++; continue; }
            t.Facts++;
            if (fact.IndependentSources == origins.Count) t.CountRight++;
            else
            {
                if (fact.IndependentSources > origins.Count) t.Overstated++;
                details?.WriteLine($"  count wrong: brief {fact.IndependentSources}, judged {origins.Count} ({string.Join(", ", origins)})");
            }
        }
        foreach (var conflict in brief.Conflicts)
        {
            var values = conflict.Claims.Select(c => c.Value).ToList();
            var label = judgements.FindConflict(topic, values);
            if (label is null)
            {
                t.ConflictsUnjudged++;
                details?.WriteLine("UNJUDGED-CONFLICT " + JsonSerializer.Serialize(new
                {
                    topic, kind = conflict.Kind, about = conflict.About, values, label = (string?)null,
                    claims = conflict.Claims.Select(c => c.Sources.Select(s => FileOf(articles[s.ArticleId]) + ": " + articles[s.ArticleId].Text[s.Start..s.End]).ToList()),
                }));
                continue;
            }
            t.Conflicts++;
            bool update = conflict.Kind == "update";
            bool right = label == "REAL" && !update || label == "UPDATE" && update;
            if (right) t.ConflictsRight++;
            else
            {
                if (label == "UPDATE") t.Misread++;
                details?.WriteLine($"  conflict wrong ({label}, shown as {conflict.Kind}): {conflict.About}: {string.Join(" | ", values)}");
            }
        }
    }

    /// <summary>Accented letters as they are: the lines are read by the person judging.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string FileOf(Article a) => Path.GetFileName(a.Input);
    private static string TopicOf(string path) => Path.GetFileName(path)[..3];
    private static string Short(string s) => s.Length <= 120 ? s : s[..120] + "…";
    private static double Share(int n, int of) => of == 0 ? 0 : Math.Round(n / (double)of, 4);

    private static string? DocumentsFolder()
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_RPM2_DOCUMENTS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        return EvalSuites.SharedEvalFolder() is { } shared && Directory.Exists(Path.Combine(shared, "mds-fr-rpm2", "documents"))
            ? Path.Combine(shared, "mds-fr-rpm2", "documents")
            : null;
    }

    private sealed class Tally
    {
        public int Stories, Cited, Stating, CitedUnjudged, Facts, CountRight, Overstated, FactsUnjudged, Conflicts, ConflictsRight, Misread, ConflictsUnjudged;
    }
}
