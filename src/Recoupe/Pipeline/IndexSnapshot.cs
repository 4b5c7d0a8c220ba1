using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Recoupe.Dedup;
using Recoupe.Stories;
using Recoupe.Stories.Features;

namespace Recoupe.Pipeline;

/// <summary>One stored article as the in-memory indexes replay it: its recorded assignment and its cached features.</summary>
public sealed record ReplayRecord(long ArticleId, long StoryId, ImmutableArray<long> Merged, long? CopyOf, string ContentHash,
    ArticleFeatures Features, NearDuplicateIndex.Fingerprint Print);

/// <summary>
/// The start-up cache of the in-memory indexes (a file beside a SQLite store, `store.db.indexes`): the replay records
/// of the most recent stored articles, up to <see cref="LastArticleId"/>, at the store's <see cref="Epoch"/>. A new
/// process replays these instead of reading, deserialising and extracting thousands of articles, then reads from the
/// store only the articles added since. Only a cache: the file is checked (format, a hash of the code and settings the
/// features come from, a checksum, the store's epoch and the last article's content hash) and anything that does not
/// match is ignored, and the full restore runs (never wrong, only slower). Written to a temporary file and renamed.
/// </summary>
public sealed record IndexSnapshot(string Settings, long Epoch, long LastArticleId, int Window, IReadOnlyList<ReplayRecord> Records)
{
    private const int Format = 1;
    private static readonly byte[] Magic = "RCPIDX"u8.ToArray();

    /// <summary>What the cached features depend on: this build of the code and the extraction and duplicate settings.</summary>
    public static string SettingsOf(StoryAssignerOptions stories, DuplicateIndexOptions duplicates)
    {
        var text = $"{Format}|{typeof(IndexSnapshot).Assembly.ManifestModule.ModuleVersionId}|{stories}|{duplicates}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public void Write(string path)
    {
        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true)) WritePayload(w);
        var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var file = File.Create(temp))
        {
            file.Write(Magic);
            file.Write(BitConverter.GetBytes(Format));
            file.Write(SHA256.HashData(bytes));
            file.Write(bytes);
        }
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The snapshot in the file, or null when there is none or it is unreadable, damaged, of another format or other settings.</summary>
    public static IndexSnapshot? TryRead(string path, string settings)
    {
        try
        {
            if (!File.Exists(path)) return null;
            var bytes = File.ReadAllBytes(path);
            int head = Magic.Length + 4 + 32;
            if (bytes.Length < head || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
            if (BitConverter.ToInt32(bytes, Magic.Length) != Format) return null;
            if (!SHA256.HashData(bytes.AsSpan(head)).AsSpan().SequenceEqual(bytes.AsSpan(Magic.Length + 4, 32))) return null;
            using var r = new BinaryReader(new MemoryStream(bytes, head, bytes.Length - head), Encoding.UTF8);
            var snapshot = ReadPayload(r);
            return snapshot.Settings == settings ? snapshot : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private void WritePayload(BinaryWriter w)
    {
        w.Write(Settings);
        w.Write(Epoch);
        w.Write(LastArticleId);
        w.Write(Window);
        // Term keys repeat from article to article: written once, referred to by number.
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        int Key(string k)
        {
            if (!table.TryGetValue(k, out var i)) { table[k] = i = keys.Count; keys.Add(k); }
            return i;
        }
        foreach (var r in Records)
        {
            Key(r.Features.Language);
            foreach (var k in r.Features.Keys) Key(k);
        }
        w.Write(keys.Count);
        foreach (var k in keys) w.Write(k);
        w.Write(Records.Count);
        foreach (var r in Records)
        {
            w.Write(r.ArticleId);
            w.Write(r.StoryId);
            var merged = r.Merged.IsDefault ? [] : r.Merged;
            w.Write(merged.Length);
            foreach (var m in merged) w.Write(m);
            w.Write(r.CopyOf.HasValue);
            if (r.CopyOf is { } c) w.Write(c);
            w.Write(r.ContentHash);
            var f = r.Features;
            w.Write(Key(f.Language));
            w.Write(f.Time.Lo.Ticks);
            w.Write((int)f.Time.Lo.Kind);
            w.Write(f.Time.Hi.Ticks);
            w.Write((int)f.Time.Hi.Kind);
            w.Write(f.Keys.Length);
            for (int i = 0; i < f.Keys.Length; i++)
            {
                w.Write(Key(f.Keys[i]));
                w.Write(f.Weights[i]);
            }
            var p = r.Print;
            w.Write(p.Signature is null ? -1 : p.Signature.Length);
            if (p.Signature is not null) foreach (var x in p.Signature) w.Write(x);
            w.Write(p.BandKeys is null ? -1 : p.BandKeys.Length);
            if (p.BandKeys is not null) foreach (var x in p.BandKeys) w.Write(x);
            w.Write(p.ExactKey is not null);
            if (p.ExactKey is not null) w.Write(p.ExactKey);
        }
    }

    private static IndexSnapshot ReadPayload(BinaryReader r)
    {
        var settings = r.ReadString();
        long epoch = r.ReadInt64(), last = r.ReadInt64();
        int window = r.ReadInt32();
        var keys = new string[r.ReadInt32()];
        for (int i = 0; i < keys.Length; i++) keys[i] = r.ReadString();
        int count = r.ReadInt32();
        var records = new List<ReplayRecord>(Math.Min(count, 1 << 20));
        for (int n = 0; n < count; n++)
        {
            long id = r.ReadInt64(), story = r.ReadInt64();
            var merged = new long[r.ReadInt32()];
            for (int i = 0; i < merged.Length; i++) merged[i] = r.ReadInt64();
            long? copyOf = r.ReadBoolean() ? r.ReadInt64() : null;
            var hash = r.ReadString();
            var language = string.Intern(keys[r.ReadInt32()]);
            var lo = new DateTime(r.ReadInt64(), (DateTimeKind)r.ReadInt32());
            var hi = new DateTime(r.ReadInt64(), (DateTimeKind)r.ReadInt32());
            var termKeys = new string[r.ReadInt32()];
            var weights = new float[termKeys.Length];
            for (int i = 0; i < termKeys.Length; i++)
            {
                termKeys[i] = keys[r.ReadInt32()];
                weights[i] = r.ReadSingle();
            }
            int sl = r.ReadInt32();
            uint[]? signature = sl < 0 ? null : new uint[sl];
            for (int i = 0; i < sl; i++) signature![i] = r.ReadUInt32();
            int bl = r.ReadInt32();
            ulong[]? bands = bl < 0 ? null : new ulong[bl];
            for (int i = 0; i < bl; i++) bands![i] = r.ReadUInt64();
            string? exact = r.ReadBoolean() ? r.ReadString() : null;
            records.Add(new ReplayRecord(id, story, [.. merged], copyOf, hash, new ArticleFeatures(language, new ArticleTime(lo, hi), termKeys, weights),
                new NearDuplicateIndex.Fingerprint(signature, bands, exact)));
        }
        return new IndexSnapshot(settings, epoch, last, window, records);
    }
}
