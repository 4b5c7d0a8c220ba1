namespace Recoupe.Stories.Features;

/// <summary>
/// A set of 64-bit hashes for one text at a time, emptied in O(1) by moving to the next generation instead of
/// clearing its arrays (clearing a hash set per article cost more than filling it). Open addressing; grows by
/// doubling when half full, and starts over small after a huge text.
/// </summary>
internal sealed class StampedHashSet
{
    private ulong[] _keys = new ulong[2048];
    private int[] _stamps = new int[2048];
    private int _stamp = 1;
    private int _count;

    public void Clear()
    {
        _count = 0;
        if (_keys.Length > 1 << 16)
        {
            _keys = new ulong[2048];
            _stamps = new int[2048];
            _stamp = 1;
            return;
        }
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    public void Add(ulong key)
    {
        if (_count * 2 >= _keys.Length) Grow();
        if (Insert(_keys, _stamps, _stamp, key)) _count++;
    }

    public bool Contains(ulong key)
    {
        int mask = _keys.Length - 1;
        for (int i = (int)(key ^ key >> 29) & mask; _stamps[i] == _stamp; i = (i + 1) & mask)
            if (_keys[i] == key) return true;
        return false;
    }

    private static bool Insert(ulong[] keys, int[] stamps, int stamp, ulong key)
    {
        int mask = keys.Length - 1;
        int i = (int)(key ^ key >> 29) & mask;
        for (; stamps[i] == stamp; i = (i + 1) & mask)
            if (keys[i] == key) return false;
        keys[i] = key;
        stamps[i] = stamp;
        return true;
    }

    private void Grow()
    {
        var keys = new ulong[_keys.Length * 2];
        var stamps = new int[keys.Length];
        for (int i = 0; i < _keys.Length; i++)
            if (_stamps[i] == _stamp) Insert(keys, stamps, 1, _keys[i]);
        _keys = keys;
        _stamps = stamps;
        _stamp = 1;
    }
}
