using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>The mentions of one document that share a key: the unit the resolver merges.</summary>
internal sealed class LocalEntity(long articleId, string key)
{
    public long ArticleId { get; } = articleId;
    public string Key { get; } = key;
    public List<(EntityMention Mention, string Surface)> Mentions { get; } = [];

    // Every merge rule asks for the name and type of every local entity, some several times: computed once per count of mentions
    // (the mentions are all added before the first rule runs; the count guards against one added later). Issue 18: the resolver
    // was a fifth of a brief rebuild.
    private EntityType _type;
    private string? _name;
    private int _typeFor = -1, _nameFor = -1;

    public EntityType Type
    {
        get
        {
            if (_typeFor != Mentions.Count) { _type = Mentions.GroupBy(m => m.Mention.Type).OrderByDescending(g => g.Count()).First().Key; _typeFor = Mentions.Count; }
            return _type;
        }
    }

    /// <summary>The longest display name: "Jake Sullivan" rather than "Sullivan".</summary>
    public string Name
    {
        get
        {
            if (_nameFor != Mentions.Count) { _name = Mentions.Select(m => m.Mention.Name).OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).First(); _nameFor = Mentions.Count; }
            return _name!;
        }
    }

    public bool IsSingleWord => !Name.Contains(' ');
}
