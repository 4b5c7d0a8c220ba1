using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.SeedsBriefs;

/// <summary>
/// `recoupe eval seeds-briefs`: the brief of the five seed articles against our hand annotation.
/// A gold fact is found when one brief fact (not already counted for another gold fact) cites (at least) all of its files and mentions, in its statement or
/// the spans it cites, a variant of every person named in the gold statement (of any named entity when it names no person) (gold statements are English, the
/// articles French: entities are the bridge). A real gold conflict is found when one brief conflict has a claim
/// for each side, citing that side's file and carrying its value (the normalised value in brackets, or the word
/// that tells the two sides apart). A conflict among the first five that matches no real gold conflict is false. A gold fact told
/// with both sides of a real gold conflict is found by a fact taking one side only, and no fact may cite both sides.
/// </summary>
public sealed class SeedsBriefsEvalSuite : IEvalSuite
{
    public string Name => "seeds-briefs";
    public string Description => "Facts (with sources) and conflicts of the seed story's brief vs seeds.gold.json";
    public string DefaultDataFolder => "seeds-gold";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var goldPath = File.Exists(dataPath) ? dataPath : Path.Combine(dataPath, "seeds.gold.json");
        var gold = SeedsGold.Load(goldPath);
        var seeds = FindSeeds(Path.GetDirectoryName(Path.GetFullPath(goldPath))!);
        if (seeds is null) return new EvalReport(Name, new Dictionary<string, double>(), ["seed articles not found next to the gold data"]);

        var articles = new List<AnalyzedArticle>();
        var idOfFile = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var file in gold.Files)
        {
            var path = Path.Combine(seeds, file);
            if (!File.Exists(path)) continue;
            var cleaned = pipeline.Clean(new RawDocument(file, File.ReadAllBytes(path), InputKind.Text));
            if (!cleaned.Success) continue;
            long id = articles.Count + 1;
            idOfFile[file] = id;
            articles.Add(pipeline.Analyze(cleaned.Value! with { Id = id }));
        }
        var story = new Story(1, "seeds", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, articles.Select(a => a.Article.Id).ToImmutableArray());
        var brief = pipeline.BriefBuilder.Build(story, articles);
        var textOf = articles.ToDictionary(a => a.Article.Id, a => a.Article.Text);

        // One brief fact stands for one gold fact at most (a maximum bipartite matching), so that one broad fact
        // citing every article cannot be counted as several.
        var real = gold.Conflicts.Where(c => c.IsRealConflict).ToList();
        var candidates = gold.Facts.Select(fact =>
        {
            var files = fact.Files.Where(idOfFile.ContainsKey).Select(f => idOfFile[f]).ToHashSet();
            var keys = Named(gold.Entities, fact.Statement);
            var sides = DisputedSides(files, real.Where(c => IsAbout(c, keys, gold.Entities)), idOfFile);
            return Enumerable.Range(0, brief.Facts.Length)
                .Where(i => CitesExpectedFiles(brief.Facts[i], files, sides) && MentionsAny(brief.Facts[i], keys, textOf)).ToList();
        }).ToList();
        var matchOf = Matching(candidates, brief.Facts.Length);
        int factsFound = matchOf.Count(m => m >= 0);
        for (int g = 0; g < gold.Facts.Count; g++)
            options.Details?.WriteLine($"fact {(matchOf[g] < 0 ? "MISSED" : "found ")} {gold.Facts[g].Statement}{(matchOf[g] < 0 ? "" : " ← " + brief.Facts[matchOf[g]].Statement)}");

        var fileOfId = idOfFile.ToDictionary(kv => kv.Value, kv => kv.Key[..3]);
        foreach (var f in brief.Facts)
            options.Details?.WriteLine($"brief fact ({f.IndependentSources} independent; {string.Join(",", f.Sources.Select(s => fileOfId.GetValueOrDefault(s.ArticleId, "?")))}): {f.Statement}");

        var matched = new HashSet<Conflict>();
        int conflictsFound = 0;
        foreach (var g in real)
        {
            var hit = brief.Conflicts.FirstOrDefault(c => Matches(c, g, idOfFile));
            if (hit is not null) { conflictsFound++; matched.Add(hit); }
            options.Details?.WriteLine($"conflict {(hit is null ? "MISSED" : "found ")} {g.About}");
        }
        int bothSides = brief.Facts.Count(f => CitesBothSides(f, real, idOfFile, textOf));
        foreach (var f in brief.Facts.Where(f => CitesBothSides(f, real, idOfFile, textOf)))
            options.Details?.WriteLine($"fact citing both sides of a conflict: {f.Statement}");
        var variantPairs = gold.Conflicts.Where(c => !c.IsRealConflict).ToList();
        int variantReported = brief.Conflicts.Count(c => variantPairs.Any(v => Matches(c, v, idOfFile)));
        int falseTop5 = brief.Conflicts.Take(5).Count(c => !matched.Contains(c));
        foreach (var c in brief.Conflicts)
            options.Details?.WriteLine($"reported conflict: {c.About}: {string.Join(" | ", c.Claims.Select(x => x.Value))}");

        var metrics = new Dictionary<string, double>
        {
            ["facts_total"] = gold.Facts.Count,
            ["facts_found"] = factsFound,
            ["fact_recall"] = gold.Facts.Count == 0 ? 0 : (double)factsFound / gold.Facts.Count,
            ["brief_facts"] = brief.Facts.Length,
            ["conflicts_total"] = real.Count,
            ["conflicts_found"] = conflictsFound,
            ["conflict_recall"] = real.Count == 0 ? 0 : (double)conflictsFound / real.Count,
            ["false_conflicts_top5"] = falseTop5,
            ["facts_citing_both_sides_of_a_conflict"] = bothSides,
            ["variant_conflicts_reported"] = variantReported,
            ["brief_conflicts"] = brief.Conflicts.Length,
            ["summary_sentences"] = brief.Summary.Length,
        };
        return new EvalReport(Name, metrics,
        [
            "fact found = a brief fact citing all the gold files and naming a variant of an entity of the gold statement (in its statement or cited spans); one brief fact per gold fact",
            "conflict found = a brief conflict with a claim per gold side, citing that side's file and carrying its value; false = a top-5 conflict matching no real gold conflict",
            "a gold fact whose files hold both sides of a real gold conflict is found by a fact citing one side's files and none of the other's; facts_citing_both_sides_of_a_conflict = facts citing a sentence with one side's value and one with the other's",
        ]);
    }

    /// <summary>The gold entities a gold text names (by canonical name, or a long enough last name).</summary>
    private static List<GoldEntity> Named(IReadOnlyList<GoldEntity> entities, string text) =>
        entities.Where(e => text.Contains(e.Canonical, StringComparison.OrdinalIgnoreCase) || LastName(e.Canonical) is { } l && text.Contains(l, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Whether a gold conflict is about a gold fact: the people its description names are the fact's people. Two outlets giving
    /// another month for a visit dispute "X visited"; a conflict on the wording of X's other statement does not dispute every fact
    /// that X's articles also tell.
    /// </summary>
    private static bool IsAbout(GoldConflict conflict, List<GoldEntity> factKeys, IReadOnlyList<GoldEntity> entities)
    {
        var people = Named(entities, conflict.About).Where(e => e.Type == "person").Select(e => e.Canonical).ToHashSet();
        return people.Count > 0 && people.SetEquals(factKeys.Where(e => e.Type == "person").Select(e => e.Canonical));
    }

    /// <summary>
    /// The gold fact's files split by the sides of a real gold conflict about it that lies within them (the fact that Orlikov visited
    /// is told with July by one outlet and August by another): a brief fact must take one side only. Empty when none lies within.
    /// </summary>
    private static List<(HashSet<long> Side, HashSet<long> Others)> DisputedSides(HashSet<long> files, IEnumerable<GoldConflict> real, Dictionary<string, long> idOfFile)
    {
        var result = new List<(HashSet<long>, HashSet<long>)>();
        foreach (var c in real)
        {
            var sides = c.Values.Keys.Where(idOfFile.ContainsKey).Select(k => idOfFile[k]).ToList();
            if (sides.Count < 2 || !sides.All(files.Contains)) continue;
            foreach (var side in sides)
                result.Add(([side], sides.Where(o => o != side).ToHashSet()));
        }
        return result;
    }

    private static bool CitesExpectedFiles(Fact fact, HashSet<long> files, List<(HashSet<long> Side, HashSet<long> Others)> sides)
    {
        var cited = fact.Sources.Select(s => s.ArticleId).ToHashSet();
        if (sides.Count == 0) return files.IsSubsetOf(cited);
        return sides.Any(x => !cited.Overlaps(x.Others) && files.Except(x.Others).All(cited.Contains));
    }

    /// <summary>A fact that cites a sentence carrying one side's value of a real gold conflict and one carrying another side's value.</summary>
    private static bool CitesBothSides(Fact fact, List<GoldConflict> real, Dictionary<string, long> idOfFile, Dictionary<long, string> textOf)
    {
        foreach (var c in real)
        {
            int sidesCited = 0;
            foreach (var (file, value) in c.Values)
            {
                if (!idOfFile.TryGetValue(file, out var id)) continue;
                var surface = Surface(value);
                if (fact.Sources.Any(s => s.ArticleId == id && textOf.TryGetValue(id, out var t) && s.End <= t.Length
                                          && t[s.Start..s.End].Contains(surface, StringComparison.OrdinalIgnoreCase))) sidesCited++;
            }
            if (sidesCited >= 2) return true;
        }
        return false;
    }

    /// <summary>The words of a gold value as written ("en juillet (2023-07)" → "en juillet").</summary>
    private static string Surface(string value)
    {
        int open = value.IndexOf('(');
        return (open > 0 ? value[..open] : value).Trim();
    }

    /// <summary>Maximum bipartite matching (augmenting paths; a few gold facts against at most a few dozen brief facts).</summary>
    private static int[] Matching(List<List<int>> candidates, int right)
    {
        var owner = Enumerable.Repeat(-1, right).ToArray();
        var matchOf = Enumerable.Repeat(-1, candidates.Count).ToArray();
        for (int g = 0; g < candidates.Count; g++)
            Augment(g, new bool[right]);
        return matchOf;

        bool Augment(int g, bool[] seen)
        {
            foreach (var f in candidates[g])
            {
                if (seen[f]) continue;
                seen[f] = true;
                if (owner[f] < 0 || Augment(owner[f], seen))
                {
                    owner[f] = g;
                    matchOf[g] = f;
                    return true;
                }
            }
            return false;
        }
    }

    private static string? LastName(string canonical)
    {
        var parts = canonical.Split(' ');
        return parts.Length > 1 && parts[^1].Length >= 4 ? parts[^1] : null;
    }

    private static bool MentionsAny(Fact fact, List<GoldEntity> keys, Dictionary<long, string> textOf)
    {
        if (keys.Count == 0) return true;
        // The people a gold statement names are its subject: all of them must be there; otherwise any named entity will do.
        var people = keys.Where(k => k.Type == "person").ToList();
        var text = fact.Statement + "\n" + string.Join("\n", fact.Sources.Where(s => textOf.ContainsKey(s.ArticleId) && s.End <= textOf[s.ArticleId].Length)
            .Select(s => textOf[s.ArticleId][s.Start..s.End]));
        bool Named(GoldEntity k) => k.Variants.Append(k.Canonical).Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase));
        return people.Count > 0 ? people.All(Named) : keys.Any(Named);
    }

    private static bool Matches(Conflict c, GoldConflict g, Dictionary<string, long> idOfFile)
    {
        var sides = g.Values.Where(v => idOfFile.ContainsKey(v.Key)).ToList();
        if (sides.Count < 2) return false;
        return sides.All(side => c.Claims.Any(claim =>
            claim.Sources.Any(s => s.ArticleId == idOfFile[side.Key]) && CarriesValue(claim.Value, side.Value, sides.Where(o => o.Key != side.Key).Select(o => o.Value))));
    }

    /// <summary>"en juillet (2023-07)" is carried by a claim with "2023-07", or with "juillet" (a word the other sides lack).</summary>
    private static bool CarriesValue(string claim, string gold, IEnumerable<string> others)
    {
        int open = gold.IndexOf('(');
        if (open >= 0 && gold.IndexOf(')', open) is var close && close > open && claim.Contains(gold[(open + 1)..close], StringComparison.Ordinal)) return true;
        var otherWords = others.SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(gold).Where(w => w.Length >= 4 && !otherWords.Contains(w)).Any(w => claim.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Words(string s) => s.Split([' ', '(', ')', ',', '\''], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The seed articles: ../samples/seeds from the eval folder, or RECOUPE_SEEDS.</summary>
    private static string? FindSeeds(string goldFolder)
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_SEEDS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        foreach (var candidate in new[] { Path.Combine(goldFolder, "..", "..", "samples", "seeds"), Path.Combine(goldFolder, "..", "samples", "seeds") })
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        return null;
    }
}
