using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>A recognised name while the document is being worked on: word range, type, and what later passes add.</summary>
internal sealed class Candidate(int first, int last, EntityType type, int start, int end, string name)
{
    public int First { get; private set; } = first;
    public int Last { get; } = last;
    public int Start { get; private set; } = start;
    public int End { get; } = end;
    public EntityType Type { get; set; } = type;
    public string Name { get; set; } = name;
    public string Key { get; set; } = "";
    public TextSpan? RoleSpan { get; set; }
    /// <summary>The type is a default guess (no cue): evidence from elsewhere in the document overrides it.</summary>
    public bool Guessed { get; set; }
    public bool IsSingleWord => First == Last;

    /// <summary>Moves the start back over words that turn out to belong to the name (initials, a leading particle).</summary>
    public void StartAt(int first, int start)
    {
        First = first;
        Start = start;
    }
}
