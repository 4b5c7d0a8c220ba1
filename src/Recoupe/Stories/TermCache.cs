namespace Recoupe.Stories;

/// <summary>
/// Feature hash → interned <see cref="Term"/>, so that an article's features find their terms without a key
/// string per token: a stem's surface word is hashed while tokenising (mixed with its language), a name or number
/// key as it is written into its buffer. One probe into entries that hold hash and term side by side.
/// The 64-bit hash is trusted for stems (a surface word is not stored to compare with): two words of realistic
/// text sharing a hash is a chance of about n² / 2⁶⁵ — under 10⁻⁷ for a million words — and would at worst count
/// one word under another's stem. Bounded: emptied when half full at its largest size, so memory stays flat;
/// terms the vocabulary forgot are misses (their ids are reused).
/// </summary>
internal sealed class TermCache
{
    private const int InitialSlots = 1 << 14;
    private const int MaxSlots = 1 << 19;
    private Entry[] _entries = new Entry[InitialSlots];
    private int _count;

    private struct Entry
    {
        public ulong Hash;
        public Term? Term;
    }

    public Term? Get(ulong hash)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int i = Slot(hash, mask); entries[i].Term is { } term; i = (i + 1) & mask)
            if (entries[i].Hash == hash) return term.IsForgotten ? null : term;
        return null;
    }

    public void Put(ulong hash, Term term)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int i = Slot(hash, mask); entries[i].Term is not null; i = (i + 1) & mask)
        {
            if (entries[i].Hash == hash)
            {
                entries[i].Term = term; // a forgotten term re-interned
                return;
            }
        }
        if (2 * (_count + 1) > entries.Length)
        {
            if (entries.Length >= MaxSlots) Reset(InitialSlots);
            else Grow();
        }
        Insert(hash, term);
    }

    private void Insert(ulong hash, Term term)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        int i = Slot(hash, mask);
        while (entries[i].Term is not null) i = (i + 1) & mask;
        entries[i] = new Entry { Hash = hash, Term = term };
        _count++;
    }

    private void Grow()
    {
        var old = _entries;
        Reset(old.Length * 2);
        foreach (var e in old)
            if (e.Term is { IsForgotten: false } t) Insert(e.Hash, t);
    }

    private void Reset(int slots)
    {
        _entries = new Entry[slots];
        _count = 0;
    }

    private static int Slot(ulong hash, int mask) => (int)(hash ^ hash >> 32) & mask;
}
