using Recoupe.Model;
using Recoupe.Storage;
using Recoupe.Stories.Features;

namespace Recoupe.Web.Queries;

/// <summary>An entity across the stories: how the briefs name it, the stories it appears in, and what it said.</summary>
public sealed record EntityView(
    string Name, string Type, string? Role, IReadOnlyList<string> Variants, int Mentions,
    IReadOnlyList<StorySummary> Stories, IReadOnlyList<(Brief Story, BriefQuote Quote)> Quotes);

public static class EntityLookup
{
    /// <summary>Looks <paramref name="name"/> up in the briefs of the most recent stories (case and accents ignored, variants included).</summary>
    public static EntityView? Find(IStore store, string name)
    {
        // One person across languages: "Putin" finds the French stories' "Vladimir Poutine" through the lexicon key.
        var key = CrossLingualNames.Key(name);
        var stories = new List<StorySummary>();
        var quotes = new List<(Brief, BriefQuote)>();
        var variants = new List<string>();
        BriefEntity? best = null;
        int mentions = 0;
        foreach (var summary in store.ListStories(StoryListing.ScanLimit))
        {
            var brief = store.GetBrief(summary.Id);
            if (brief is null) continue;
            var entity = brief.Entities.FirstOrDefault(e => SameEntity(e, name, key));
            var names = entity is null ? [name] : entity.Variants.Append(entity.Name).Append(name).ToList();
            var said = brief.Quotes.Where(q => names.Any(n => TextFold.SameName(q.Speaker, n))).ToList();
            if (entity is null && said.Count == 0) continue;
            stories.Add(summary);
            quotes.AddRange(said.Select(q => (brief, q)));
            if (entity is not null)
            {
                mentions += entity.Mentions;
                if (best is null || entity.Mentions > best.Mentions) best = entity;
                foreach (var v in entity.Variants)
                    if (!variants.Any(x => string.Equals(x, v, StringComparison.Ordinal))) variants.Add(v);
            }
        }
        if (stories.Count == 0) return null;
        return new EntityView(best?.Name ?? name, best?.Type ?? "person", best?.Role, variants, mentions, stories, quotes);
    }

    private static bool SameEntity(BriefEntity e, string name, string key) =>
        TextFold.SameName(e.Name, name) || e.Variants.Any(v => TextFold.SameName(v, name))
        || key.Length >= 3 && (CrossLingualNames.Key(e.Name) == key || e.Variants.Any(v => CrossLingualNames.Key(v) == key));
}
