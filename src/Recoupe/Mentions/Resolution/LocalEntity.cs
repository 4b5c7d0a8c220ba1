using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>The mentions of one document that share a key: the unit the resolver merges.</summary>
internal sealed class LocalEntity(long articleId, string key)
{
    public long ArticleId { get; } = articleId;
    public string Key { get; } = key;
    public List<(EntityMention Mention, string Surface)> Mentions { get; } = [];

    public EntityType Type => Mentions.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).First().Key;

    /// <summary>The longest display name: "Jake Sullivan" rather than "Sullivan".</summary>
    public string Name => Mentions.Select(m => m.Mention.Name).OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).First();

    public bool IsSingleWord => !Name.Contains(' ');
}
