using System.Collections.Immutable;
using Recoupe.Mentions;
using Recoupe.Mentions.Names;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.SeedsMentions;

/// <summary>
/// Entities and quotations on the five seed articles, against our own annotation: the whole clean + annotate
/// pass per article, then entity resolution across the five. Measures whether each gold entity's name variants
/// found in the texts end up in one resolved entity (descriptions like "le dirigeant nord-coréen" reported apart),
/// whether gold entities stay apart, and how many of the gold quotations are found with the right speaker.
/// </summary>
public sealed class SeedsMentionsSuite : IEvalSuite
{
    public string Name => "seeds-mentions";
    public string Description => "Entity variants merged across the seed articles and quotation speakers (seeds.gold.json)";
    public string DefaultDataFolder => "seeds-gold";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var goldFile = File.Exists(dataPath) ? dataPath : Path.Combine(dataPath, "seeds.gold.json");
        var gold = SeedsGold.Load(goldFile);
        var seeds = SeedsFolder.Locate(Path.GetDirectoryName(Path.GetFullPath(goldFile))!)
            ?? throw new DirectoryNotFoundException("samples/seeds not found next to the gold data or the repository");
        var articles = SeedArticles.Annotate(seeds, pipeline);
        var resolved = pipeline.EntityResolver.Resolve(articles.SelectMany(a => a.Annotations.Entities.Select(e => (a.Id, a.Text, e))));
        var entityOf = EntityIndex(resolved);
        var notes = new List<string>();
        var w = options.Details;

        var variantScore = VariantMerging.Score(gold, articles, entityOf, w);
        var quoteScore = QuoteSpeakers.Score(gold, articles, entityOf, variantScore.GoldToResolved, w);
        var metrics = new Dictionary<string, double>(variantScore.Metrics);
        foreach (var (k, v) in quoteScore) metrics[k] = v;
        metrics["articles"] = articles.Count;
        notes.Add("Variants starting in lower case are descriptions: reported as descriptive.*, not in the strict count.");
        notes.Add("A quote is found when an extracted quote contains the gold 'starts' text; right when its speaker resolves to the gold entity.");
        return new EvalReport(Name, metrics, notes);
    }

    /// <summary>(article id, mention key) -> index of the resolved entity.</summary>
    private static Dictionary<(long, string), int> EntityIndex(ImmutableArray<ResolvedEntity> resolved)
    {
        var index = new Dictionary<(long, string), int>();
        for (int i = 0; i < resolved.Length; i++)
            foreach (var (article, mention) in resolved[i].Mentions) index.TryAdd((article, mention.Key), i);
        return index;
    }
}

/// <summary>An annotated seed article.</summary>
public sealed record SeedArticle(long Id, string File, string Text, ArticleAnnotations Annotations);

internal static class SeedArticles
{
    public static List<SeedArticle> Annotate(string folder, RecoupePipeline pipeline)
    {
        var result = new List<SeedArticle>();
        long id = 0;
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            id++;
            var cleaned = pipeline.Clean(new RawDocument(file, File.ReadAllBytes(file), InputKind.Text));
            if (!cleaned.Success) continue;
            var article = cleaned.Value!;
            var language = article.Language is "und" ? "fr" : article.Language;
            result.Add(new SeedArticle(id, Path.GetFileName(file), article.Text, pipeline.Annotate(article.Text, language, article.Published)));
        }
        return result;
    }
}

internal static class SeedsFolder
{
    /// <summary>shared/samples/seeds next to shared/eval, else the repository's samples/seeds.</summary>
    public static string? Locate(string goldFolder)
    {
        var candidate = Path.GetFullPath(Path.Combine(goldFolder, "..", "..", "samples", "seeds"));
        if (Directory.Exists(candidate)) return candidate;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var repo = Path.Combine(dir.FullName, "samples", "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Recoupe.slnx")) && Directory.Exists(repo)) return repo;
        }
        return null;
    }
}

/// <summary>Whether two person names are the same person's, across transliterations ("Vladimir Putin" / "Vladimir Poutine").</summary>
internal static class SameName
{
    public static bool Person(string a, string b)
    {
        var x = NameKey.Words(a);
        var y = NameKey.Words(b);
        return x.Length > 0 && y.Length > 0 && x[^1] == y[^1] && (x.Length == 1 || y.Length == 1 || x[0] == y[0]);
    }
}
