using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Text;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// Distributional word clusters of one language, learned from unlabelled text (see <c>Training/WordClusterTrainer</c>):
/// words that occur between the same neighbours share a cluster, so a name never seen in the labelled corpora still
/// looks like the names it is used like (Ratinov &amp; Roth 2009; Turian et al. 2010). Each word has one cluster per
/// granularity (coarse to fine), packed 10 bits each into a uint (cluster + 1; 0: word not in the table).
/// Keyed by the hash of the lower-cased word, the same as <see cref="TokenInfo.Lower"/>. Immutable.
/// </summary>
public sealed class WordClusters
{
    private const string Magic = "RCPWC";
    private const int FormatVersion = 1;
    public const int MaxGranularities = 3;
    public const int BitsPerGranularity = 10;
    /// <summary>Marks a <see cref="TokenInfo.Clusters"/> that was looked up (a word absent from the table reads as this alone).</summary>
    public const uint Resolved = 1u << 31;

    public string Language { get; }
    public ImmutableArray<int> Sizes { get; }
    public string Description { get; }
    public int Count { get; }

    // The packed clusters by word hash in one open-addressing array (linear probing, at most half full): a token's lookup
    // reads one slot, where a Dictionary read its bucket array and then an entry elsewhere. A packed value is never 0
    // (each granularity stores cluster + 1), so 0 marks an empty slot.
    private struct Slot
    {
        public ulong Key;
        public uint Packed;
    }

    private readonly Slot[] _slots;
    private readonly int _shift;
    private readonly IReadOnlyList<string> _words;
    private readonly ushort[][] _ids;

    // Compiled optimised at once: it runs once per process, over tens of thousands of words, which at tier 0 (the JIT's
    // first, unoptimised code) doubled the English model's load time against the Dictionary it replaces, whose insertion
    // code comes precompiled with the framework.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public WordClusters(string language, ImmutableArray<int> sizes, string description, IReadOnlyList<string> words, ushort[][] ids)
    {
        if (sizes.Length is 0 or > MaxGranularities || sizes.Any(s => s is < 2 or >= 1 << BitsPerGranularity))
            throw new ArgumentException($"1 to {MaxGranularities} granularities of 2 to {(1 << BitsPerGranularity) - 1} clusters");
        if (ids.Length != sizes.Length || ids.Any(a => a.Length != words.Count)) throw new ArgumentException("one id per word and granularity");
        Language = language;
        Sizes = sizes;
        Description = description;
        _words = words;
        _ids = ids;
        int bits = Math.Max(4, System.Numerics.BitOperations.Log2((uint)Math.Max(1, words.Count) * 2 - 1) + 1);
        _slots = new Slot[1 << bits];
        _shift = 64 - bits;
        for (int w = 0; w < words.Count; w++)
        {
            uint packed = 0;
            for (int g = 0; g < sizes.Length; g++) packed |= (uint)(ids[g][w] + 1) << (g * BitsPerGranularity);
            // Two words with one hash (the same lower case): the later one's clusters, as a dictionary's indexer kept.
            ref var slot = ref SlotOf(FeatureHash.Of(words[w].AsSpan(), lowerCase: true));
            if (slot.Packed == 0) Count++;
            slot.Packed = packed;
        }
    }

    // The slot holding the key, or the empty slot where it goes. Keys are mixed hashes: their top bits index the table.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotOf(ulong key)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = (int)(key >> _shift); ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Packed == 0) { slot.Key = key; return ref slot; }
            if (slot.Key == key) return ref slot;
        }
    }

    /// <summary>The packed clusters of a lower-cased word hash, with <see cref="Resolved"/> set.</summary>
    public uint Of(ulong lower)
    {
        var slots = _slots;
        int mask = slots.Length - 1;
        for (int i = (int)(lower >> _shift); ; i = (i + 1) & mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Packed == 0) return Resolved;
            if (slot.Key == lower) return slot.Packed | Resolved;
        }
    }

    /// <summary>Cluster (+1, 0: unknown word) at granularity <paramref name="g"/> of a packed value.</summary>
    public static ulong At(uint packed, int g) => (packed >> (g * BitsPerGranularity)) & ((1u << BitsPerGranularity) - 1);

    /// <summary>One line per cluster of the finest granularity: its number and its words, most frequent first.</summary>
    public IEnumerable<string> Listing()
    {
        var finest = _ids[^1];
        return Enumerable.Range(0, _words.Count).GroupBy(w => finest[w]).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}\t{g.Count()}\t{string.Join(" ", g.Take(40).Select(w => _words[w]))}");
    }

    public void Save(Stream output)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Language);
        w.Write(Description);
        w.Write(Sizes.Length);
        foreach (var s in Sizes) w.Write(s);
        w.Write(_words.Count);
        foreach (var word in _words) w.Write(word);
        foreach (var column in _ids) foreach (var id in column) w.Write(id);
    }

    public static WordClusters Load(Stream input)
    {
        try
        {
            using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Recoupe word-cluster table");
            if (r.ReadInt32() is var format && format != FormatVersion) throw new InvalidDataException($"word-cluster format {format}, expected {FormatVersion}");
            var language = r.ReadString();
            var description = r.ReadString();
            var sizes = ImmutableArray.CreateBuilder<int>();
            for (int n = r.ReadInt32(), i = 0; i < n; i++) sizes.Add(r.ReadInt32());
            int count = r.ReadInt32();
            var words = new string[count];
            for (int i = 0; i < count; i++) words[i] = r.ReadString();
            var ids = new ushort[sizes.Count][];
            for (int g = 0; g < ids.Length; g++)
            {
                ids[g] = new ushort[count];
                for (int i = 0; i < count; i++) ids[g][i] = r.ReadUInt16();
            }
            return new WordClusters(language, sizes.ToImmutable(), description, words, ids);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"not a readable Recoupe word-cluster table: {e.Message}", e);
        }
    }

    private static readonly ConcurrentDictionary<string, Lazy<WordClusters?>> Loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// The shipped table of a language (models/clusters-LANG.bin, embedded), loaded on first use; RECOUPE_NER_MODELS=DIR
    /// reads DIR/clusters-LANG.bin instead when it exists (as for the NER models). Null: none for that language.
    /// </summary>
    public static WordClusters? For(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<WordClusters?>(() => LoadShipped(l))).Value;

    public static string FileName(string language) => $"clusters-{language}.bin";

    private static WordClusters? LoadShipped(string language)
    {
        if (Environment.GetEnvironmentVariable("RECOUPE_NER_MODELS") is { Length: > 0 } folder
            && Path.Combine(folder, FileName(language)) is var path && File.Exists(path))
        {
            using var file = File.OpenRead(path);
            return Load(file);
        }
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Recoupe.Models.{FileName(language)}");
        return stream is null ? null : Load(stream);
    }
}
