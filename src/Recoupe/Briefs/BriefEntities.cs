using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Quotes;
using Recoupe.Mentions;
using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>
/// The entities of a brief: every entity of the story (a reader looks for the minor people who speak too), most
/// mentioned first, with how many quotations each one speaks. A capital that the resolver linked to its country
/// ("Moscou a démenti" resolves to Russia, as the speaker of a statement) is listed as a place of its own, with
/// <see cref="BriefEntity.StandsFor"/> naming the country whose government it stood for: the capital never
/// becomes a spelling of the country. Which names are capitals and which are countries comes from the gazetteer.
/// </summary>
internal static class BriefEntities
{
    public static ImmutableArray<BriefEntity> Build(StoryCorpus corpus, IReadOnlyList<SpeakerQuote> quotes, int max)
    {
        var spoken = new Dictionary<int, int>();
        foreach (var q in quotes)
            if (q.SpeakerEntity >= 0) spoken[q.SpeakerEntity] = spoken.GetValueOrDefault(q.SpeakerEntity) + 1;

        var result = new List<BriefEntity>(corpus.Entities.Length);
        for (int e = 0; e < corpus.Entities.Length; e++)
        {
            var resolved = corpus.Entities[e];
            var entity = resolved.Entity;
            var role = entity.Role ?? resolved.Mentions.Select(m => m.Mention.Role).FirstOrDefault(r => r is not null);
            var split = entity.Type == EntityType.Place ? SplitCapitals(corpus, resolved) : null;
            if (split is null)
            {
                result.Add(new BriefEntity(entity.Name, TypeName(entity.Type), entity.Variants, entity.Mentions, role) { Quotes = spoken.GetValueOrDefault(e) });
                continue;
            }
            // The country keeps its own names; each capital becomes a place that stood for the country's government.
            var (own, ownMentions, capitals) = split.Value;
            var name = IsCapital(entity.Name) ? own[0] : entity.Name;
            result.Add(new BriefEntity(name, TypeName(entity.Type), [.. own], ownMentions, role) { Quotes = spoken.GetValueOrDefault(e) });
            foreach (var c in capitals)
                result.Add(new BriefEntity(c.Name, TypeName(EntityType.Place), [.. c.Surfaces], c.Count) { StandsFor = name });
        }
        return result
            .OrderByDescending(b => b.Mentions).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Take(max)
            .ToImmutableArray();
    }

    private sealed record Capital(string Name, List<string> Surfaces, int Count);

    /// <summary>
    /// A place entity whose mentions are partly a capital's names and partly other names (the country's): the other names
    /// (most frequent first) and their count, and the capitals apart (grouped by gazetteer code); null when there is nothing to split.
    /// </summary>
    private static (List<string> Own, int OwnMentions, List<Capital> Capitals)? SplitCapitals(StoryCorpus corpus, ResolvedEntity resolved)
    {
        var own = new Dictionary<string, int>(StringComparer.Ordinal);
        var byCode = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var (articleIndex, mention) in resolved.Mentions)
        {
            var text = corpus.Articles[(int)articleIndex].Article.Text;
            if (mention.Span.End > text.Length) continue;
            var surface = mention.Span.Of(text);
            var counts = own;
            if (Places.Lookup(surface) is { Kind: PlaceKind.Capital } place && !byCode.TryGetValue(place.Code, out counts))
                byCode[place.Code] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
            counts[surface] = counts.GetValueOrDefault(surface) + 1;
        }
        if (byCode.Count == 0 || own.Count == 0) return null;
        static List<string> Ranked(Dictionary<string, int> counts) =>
            [.. counts.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key)];
        var capitals = byCode.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => Ranked(kv.Value) is var surfaces ? new Capital(surfaces[0], surfaces, kv.Value.Values.Sum()) : null!)
            .ToList();
        return (Ranked(own), own.Values.Sum(), capitals);
    }

    private static bool IsCapital(string name) => Places.Lookup(name) is { Kind: PlaceKind.Capital };

    private static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();
}
