using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>The mentions of one document that share a key (<see cref="LocalReading"/>) at their document's place in a merge.</summary>
internal sealed class LocalEntity(long articleId, LocalReading reading)
{
    public long ArticleId { get; } = articleId;
    public LocalReading Reading { get; } = reading;
    public string Key => Reading.Key;
    public IReadOnlyList<(EntityMention Mention, string Surface)> Mentions => Reading.Mentions;
    public EntityType Type => Reading.Type;
    public string Name => Reading.Name;
    public bool IsSingleWord => Reading.IsSingleWord;
}
