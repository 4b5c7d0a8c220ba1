using System.Collections.Immutable;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>
/// The cross-document merge: documents' local entities (same key inside one article) are unioned by a
/// sequence of rules, each cheap (hash look-ups; pairwise work only inside one surname bucket).
/// </summary>
internal static class EntityClusters
{
    public static ImmutableArray<ResolvedEntity> Build(IEnumerable<(long ArticleId, string Text, EntityMention Mention)> mentions)
    {
        var groups = new List<(long ArticleId, string Key, List<(EntityMention, string)> Mentions)>();
        var index = new Dictionary<(long, string), int>();
        foreach (var (articleId, text, m) in mentions)
        {
            if (!index.TryGetValue((articleId, m.Key), out var g))
            {
                index[(articleId, m.Key)] = g = groups.Count;
                groups.Add((articleId, m.Key, []));
            }
            groups[g].Mentions.Add((m, Surface(text, m)));
        }
        return Merge(groups.Select(g => new LocalEntity(g.ArticleId, new LocalReading(g.Key, g.Mentions.ToArray()))).ToList());
    }

    /// <summary>
    /// The merge of articles read one by one (<see cref="ArticleEntities"/>), article positions as ids: the same entities as
    /// <see cref="Build(IEnumerable{ValueTuple{long, string, EntityMention}})"/> given the same mentions article after article.
    /// </summary>
    public static ImmutableArray<ResolvedEntity> Build(IReadOnlyList<ArticleEntities> articles)
    {
        var locals = new List<LocalEntity>();
        for (int a = 0; a < articles.Count; a++)
            foreach (var reading in articles[a].Locals) locals.Add(new LocalEntity(a, reading));
        return Merge(locals);
    }

    /// <summary>How a mention is written in its text (its name when its span lies beyond the text).</summary>
    public static string Surface(string text, EntityMention m) =>
        m.Span.End <= text.Length ? Entities.DisplayName.Of(text.AsSpan(m.Span.Start, m.Span.Length)) : m.Name;

    private static ImmutableArray<ResolvedEntity> Merge(List<LocalEntity> locals)
    {
        var sets = new UnionFind(locals.Count);
        MergeRules.SameKey(locals, sets);
        MergeRules.SameName(locals, sets);
        MergeRules.CapitalsIntoCountries(locals, sets);
        MergeRules.Acronyms(locals, sets);
        MergeRules.NationalQualifiers(locals, sets);
        MergeRules.NearMisspellings(locals, sets);
        MergeRules.ShortNames(locals, sets);
        return Assemble(locals, sets);
    }

    private static ImmutableArray<ResolvedEntity> Assemble(List<LocalEntity> locals, UnionFind sets)
    {
        var groups = new Dictionary<int, List<LocalEntity>>();
        for (int i = 0; i < locals.Count; i++)
        {
            int root = sets.Find(i);
            if (!groups.TryGetValue(root, out var list)) groups[root] = list = [];
            list.Add(locals[i]);
        }
        var result = ImmutableArray.CreateBuilder<ResolvedEntity>(groups.Count);
        foreach (var (_, members) in groups.OrderBy(g => g.Key))
        {
            var all = members.SelectMany(l => l.Mentions.Select(m => (l.ArticleId, m.Mention, m.Surface))).ToList();
            var type = all.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var name = Canonical(all.Select(m => m.Mention.Name));
            var role = all.Where(m => m.Mention.Role is not null).GroupBy(m => m.Mention.Role!).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).Select(g => g.Key).FirstOrDefault();
            var key = members.GroupBy(l => l.Key).OrderByDescending(g => g.Sum(l => l.Mentions.Count)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var variants = all.Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToImmutableArray();
            result.Add(new ResolvedEntity(
                new Entity(key, name, type, variants, all.Count, role),
                all.Select(m => (m.ArticleId, m.Mention)).ToImmutableArray()));
        }
        return result.ToImmutable();
    }

    // The most frequent multi-word name, else the most frequent name; acronyms only when nothing else.
    private static string Canonical(IEnumerable<string> names)
    {
        var counted = names.GroupBy(n => n, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Count(), Words: g.Key.Split(' ').Length, Acronym: AcronymMatcher.IsAcronym(g.Key)))
            .OrderBy(x => x.Acronym).ThenByDescending(x => x.Words > 1).ThenByDescending(x => x.Count).ThenByDescending(x => x.Name.Length).ThenBy(x => x.Name, StringComparer.Ordinal);
        return counted.First().Name;
    }
}
