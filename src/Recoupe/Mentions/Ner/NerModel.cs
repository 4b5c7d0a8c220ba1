using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// A trained labeller: per-feature label weights shared by every annotation convention it was trained on, plus
/// per-convention corrections (feature augmentation, Daumé 2007: "frustratingly easy domain adaptation"), label
/// and transitions. Immutable; the weight table of a convention is built on
/// first use. Conventions: "modern" (WikiNEuRal, CoNLL: names only) is what news text gets; the historical ones
/// ("hipe", "newseye", "europeana") follow their corpora's guidelines (HIPE puts titles inside person mentions).
/// </summary>
public sealed class NerModel
{
    private const string Magic = "RCPNER";
    // 5: adds the cluster feature mask; a version-4 file reads as a model without cluster features.
    private const int FormatVersion = 5;

    public string Language { get; }
    public ImmutableArray<string> Conventions { get; }
    /// <summary>What the model was trained on and how it scored, as the trainer wrote it (shown by the model card).</summary>
    public string Description { get; }
    /// <summary>
    /// A two-pass model's first pass: its labels, and what it says of each word's other occurrences in the document,
    /// are this model's features (stacking, trained on cross-validated first-pass output), and its scores are the base
    /// this model's weights add to (so the second pass reads a handful of features per token). Null: one pass.
    /// </summary>
    public NerModel? FirstPass { get; }
    public int FeatureCount => _rows.Count + (FirstPass?.FeatureCount ?? 0);
    /// <summary>Whether the model's features read the rule recogniser's output (see <see cref="RuleEvidence"/>).</summary>
    public bool UsesRuleEvidence { get; }
    /// <summary>The word-cluster features this model reads (<see cref="NerFeatures.ClusterFeatures"/>); 0: none.</summary>
    public int ClusterMask { get; }
    /// <summary>Whether text is tokenised with lost dashes split off for this model (<see cref="NerFeatures.ClusterFeatures.LostDashes"/>).</summary>
    public bool SplitsLostDashes => (ClusterMask & NerFeatures.ClusterFeatures.LostDashes) != 0;
    /// <summary>Whether the model learned person spans without honorifics in every corpus (<see cref="NerFeatures.ClusterFeatures.HonorificsOutside"/>).</summary>
    public bool LearnedHonorificsOutside => (ClusterMask & NerFeatures.ClusterFeatures.HonorificsOutside) != 0;
    /// <summary>Whether the model learned person spans with their honorific in every corpus (<see cref="NerFeatures.ClusterFeatures.HonorificsInside"/>).</summary>
    public bool LearnedHonorificsInside => (ClusterMask & NerFeatures.ClusterFeatures.HonorificsInside) != 0;
    /// <summary>Whether decoding keeps or strips a person's honorific by the convention asked for (<see cref="NerFeatures.ClusterFeatures.HonorificBits"/>);
    /// else the rule of models before them: kept under HIPE only.</summary>
    public bool HonorificsByConvention => (ClusterMask & NerFeatures.ClusterFeatures.HonorificBits) != 0;
    /// <summary>Whether decoding cuts a title off a person's span under the conventions that leave it out (<see cref="NerFeatures.ClusterFeatures.TitleBits"/>).</summary>
    public bool TitlesByConvention => (ClusterMask & NerFeatures.ClusterFeatures.TitleBits) != 0;
    /// <summary>Whether the model learned person spans without the title before the name, to be put back where kept (<see cref="NerFeatures.ClusterFeatures.TitlesOutside"/>).</summary>
    public bool LearnedTitlesOutside => (ClusterMask & NerFeatures.ClusterFeatures.TitlesOutside) != 0;
    /// <summary>The language's word clusters when the model reads them (loaded lazily with the model's first use).</summary>
    public WordClusters? Clusters => (ClusterMask & NerFeatures.ClusterFeatures.TableBits) == 0 ? null : WordClusters.For(Language)
        ?? throw new InvalidOperationException($"the {Language} NER model reads word clusters but models/{WordClusters.FileName(Language)} is missing");

    private readonly IReadOnlyList<(ulong Key, byte Convention, LabelWeights Weights)> _rows;
    private readonly float[] _transitions, _start;
    private readonly ConcurrentDictionary<string, Lazy<NerWeightTable>> _tables = new(StringComparer.Ordinal);

    public NerModel(string language, ImmutableArray<string> conventions, string description,
        IReadOnlyList<(ulong Key, byte Convention, LabelWeights Weights)> rows, float[] transitions, float[] start, NerModel? firstPass = null, bool usesRuleEvidence = false, int clusterMask = 0)
    {
        if (transitions.Length != NerLabels.Count * NerLabels.Count || start.Length != NerLabels.Count)
            throw new ArgumentException("transition tables must be 9 × 9 and 9");
        Language = language;
        Conventions = conventions;
        Description = description;
        _rows = rows;
        _transitions = transitions;
        _start = start;
        FirstPass = firstPass;
        UsesRuleEvidence = usesRuleEvidence;
        ClusterMask = clusterMask;
    }

    public ReadOnlySpan<float> Transitions => _transitions;
    public ReadOnlySpan<float> Start => _start;

    /// <summary>The weights as seen under one convention: shared weights plus that convention's corrections.</summary>
    public NerWeightTable TableFor(string convention) =>
        _tables.GetOrAdd(convention, c => new Lazy<NerWeightTable>(() => BuildTable(c))).Value;

    private NerWeightTable BuildTable(string convention)
    {
        int index = Conventions.IndexOf(convention);
        if (index < 0) index = Conventions.IndexOf(Evaluation.Ner.NerConventions.WeightsOf(convention));
        byte wanted = index < 0 ? (byte)0 : (byte)(index + 1);
        // The convention's group (historical press), where the model was trained with one: its rows count too.
        int groupIndex = Evaluation.Ner.NerConventions.GroupOf(convention) is { } g ? Conventions.IndexOf(g) : -1;
        byte group = groupIndex < 0 ? (byte)0 : (byte)(groupIndex + 1);
        var merged = new Dictionary<ulong, LabelWeights>(_rows.Count);
        foreach (var (key, c, w) in _rows)
        {
            if (c != 0 && c != wanted && (group == 0 || c != group)) continue;
            if (merged.TryGetValue(key, out var sum))
            {
                for (int l = 0; l < NerLabels.Count; l++) sum[l] += w[l];
                merged[key] = sum;
            }
            else merged[key] = w;
        }
        return new NerWeightTable(merged, ClusterMask);
    }

    public void Save(Stream output)
    {
        using var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(brotli, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerFeatures.Version);
        Write(w);
    }

    private void Write(BinaryWriter w)
    {
        w.Write(Language);
        w.Write(Conventions.Length);
        foreach (var c in Conventions) w.Write(c);
        w.Write(Description);
        w.Write(UsesRuleEvidence);
        w.Write(ClusterMask);
        foreach (var x in _transitions) w.Write(x);
        foreach (var x in _start) w.Write(x);
        // Rows sorted by key: the file is the same for the same model, whatever order training left them in.
        var rows = _rows.OrderBy(r => r.Key).ThenBy(r => r.Convention).ToList();
        w.Write(rows.Count);
        foreach (var (key, _, _) in rows) w.Write(key);
        foreach (var (_, c, _) in rows) w.Write(c);
        foreach (var (_, _, weights) in rows)
        {
            ReadOnlySpan<float> ws = weights;
            foreach (var x in ws) w.Write((Half)x);
        }
        w.Write(FirstPass is not null);
        FirstPass?.Write(w);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; anything else (a corrupt or truncated file, another format
    /// or feature version) is an <see cref="InvalidDataException"/> that says what is wrong.</summary>
    public static NerModel Load(Stream input)
    {
        try { return LoadChecked(input); }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            throw new InvalidDataException($"not a readable Recoupe NER model: {e.Message}", e);
        }
    }

    private static NerModel LoadChecked(Stream input)
    {
        using var brotli = new BrotliStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic) throw new InvalidDataException("not a Recoupe NER model");
        if (r.ReadInt32() is var format && format is not (FormatVersion or 4)) throw new InvalidDataException($"NER model format {format}, expected {FormatVersion}");
        if (r.ReadInt32() is var features && features != NerFeatures.Version)
            throw new InvalidDataException($"NER model built with feature templates v{features}; this build computes v{NerFeatures.Version}: retrain it (recoupe train ner)");
        return Read(r, format);
    }

    private static NerModel Read(BinaryReader r, int format)
    {
        var language = r.ReadString();
        var conventions = ImmutableArray.CreateBuilder<string>();
        for (int n = r.ReadInt32(), i = 0; i < n; i++) conventions.Add(r.ReadString());
        var description = r.ReadString();
        bool rules = r.ReadBoolean();
        int clusterMask = format >= 5 ? r.ReadInt32() : 0;
        var transitions = new float[NerLabels.Count * NerLabels.Count];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();
        var start = new float[NerLabels.Count];
        for (int i = 0; i < start.Length; i++) start[i] = r.ReadSingle();
        int count = r.ReadInt32();
        var keys = new ulong[count];
        var convs = new byte[count];
        for (int i = 0; i < count; i++) keys[i] = r.ReadUInt64();
        for (int i = 0; i < count; i++) convs[i] = r.ReadByte();
        var rows = new (ulong, byte, LabelWeights)[count];
        for (int i = 0; i < count; i++)
        {
            var weights = new LabelWeights();
            for (int l = 0; l < NerLabels.Count; l++) weights[l] = (float)r.ReadHalf();
            rows[i] = (keys[i], convs[i], weights);
        }
        var firstPass = r.ReadBoolean() ? Read(r, format) : null;
        return new NerModel(language, conventions.ToImmutable(), description, rows, transitions, start, firstPass, rules, clusterMask);
    }
}
