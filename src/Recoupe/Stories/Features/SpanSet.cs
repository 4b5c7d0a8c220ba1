using System.Collections.Frozen;

namespace Recoupe.Stories.Features;

/// <summary>
/// A fixed word list (stopwords, name particles) looked up by span, so tokens need no string to be tested.
/// </summary>
internal sealed class SpanSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanSet(IEnumerable<string> words) => _lookup = words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
