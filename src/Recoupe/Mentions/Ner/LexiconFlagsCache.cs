namespace Recoupe.Mentions.Ner;

/// <summary>
/// The lexicon flags of word forms already looked up, by the form's 64-bit hash: a two-way set-associative table of 65,536
/// slots (a form goes to one of two neighbouring slots; the newer of two forms that share them is kept first, so two
/// frequent forms never evict each other as they would in one slot). Slots are replaced whole (reference writes), so
/// threads share it without locks, and a slot holding another form answers nothing (its key is checked): the answers are
/// those of looking every form up. It replaced a concurrent dictionary whose lookup was 2% of the annotate pass in traces.
/// </summary>
internal sealed class LexiconFlagsCache
{
    private const int Bits = 16;
    private readonly Entry?[] _slots = new Entry?[1 << Bits];

    private sealed class Entry(ulong key, LexiconFlags flags)
    {
        public readonly ulong Key = key;
        public readonly LexiconFlags Flags = flags;
    }

    /// <summary>The remembered flags of the form whose hash is <paramref name="key"/>; false when there are none.</summary>
    public bool TryGet(ulong key, out LexiconFlags flags)
    {
        int slot = SetOf(key);
        var e = Volatile.Read(ref _slots[slot]);
        if (e is null || e.Key != key) e = Volatile.Read(ref _slots[slot + 1]);
        if (e is not null && e.Key == key) { flags = e.Flags; return true; }
        flags = LexiconFlags.None;
        return false;
    }

    /// <summary>Keeps the flags of <paramref name="key"/> first in its set, the form that was first moving second.</summary>
    public void Remember(ulong key, LexiconFlags flags)
    {
        int slot = SetOf(key);
        var first = Volatile.Read(ref _slots[slot]);
        if (first is not null && first.Key != key) Volatile.Write(ref _slots[slot + 1], first);
        Volatile.Write(ref _slots[slot], new Entry(key, flags));
    }

    // The key is already a mixed hash: its top bits spread as well as any. A set is two slots, the first one even.
    private static int SetOf(ulong key) => (int)(key >> (64 - Bits)) & ~1;
}
