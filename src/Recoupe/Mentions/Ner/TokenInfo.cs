namespace Recoupe.Mentions.Ner;

/// <summary>Word-shape classes of a token, coarse enough to generalise ("Xx" for any capitalised word).</summary>
public enum ShortShape : byte { Lower, Capitalized, AllCaps, SingleCap, Mixed, Number, Alphanumeric, Punctuation, Other }

/// <summary>What lexicons and gazetteers say of a token: evidence the model weighs, never a decision by itself.</summary>
[Flags]
public enum LexiconFlags : uint
{
    None = 0,
    GivenName = 1 << 0,
    Title = 1 << 1,
    Honorific = 1 << 2,
    OrganizationHead = 1 << 3,
    OrganizationSuffix = 1 << 4,
    CompanySuffix = 1 << 5,
    PressHead = 1 << 6,
    Demonym = 1 << 7,
    FunctionWord = 1 << 8,
    CommonNoun = 1 << 9,
    Calendar = 1 << 10,
    NewsAgency = 1 << 11,
    PlaceBegin = 1 << 12,
    PlaceInside = 1 << 13,
    Country = 1 << 14,
    City = 1 << 15,
    Region = 1 << 16,
    Particle = 1 << 17,
    /// <summary>A capitalised word written in lower case elsewhere in the document, away from a sentence start.</summary>
    LowerElsewhere = 1 << 18,
    /// <summary>A sentence-initial capitalised word also written capitalised inside a sentence elsewhere in the document.</summary>
    CapitalizedElsewhere = 1 << 19,
    /// <summary>The first token of its sentence, or right after an opening quote, bracket or colon.</summary>
    Initial = 1 << 20,
    /// <summary>Inside a span of the document written all in capitals (a headline).</summary>
    Headline = 1 << 21,
}

/// <summary>
/// A token's precomputed hashes and flags: each contextual feature template then only combines numbers. The hashes of
/// its shape and affixes are not kept: only the intrinsic features read them, and those are scored once per distinct
/// word (<see cref="NerWeightTable.AddIntrinsic"/>), so they are computed from the text on that rare miss.
/// </summary>
public struct TokenInfo
{
    // Fields from the widest down, so that the struct packs into 40 bytes (it was 56 in declaration order, with a stored
    // short-shape hash): a document's token array was a quarter of what the annotate pass allocated.
    public ulong Form, Lower;
    public int Start, End;
    public LexiconFlags Flags;
    /// <summary>The word's clusters (<see cref="WordClusters.Of"/>), looked up only for tokens whose features are read
    /// (<see cref="NerDocumentView.ResolveClusters"/>); 0: not looked up yet.</summary>
    public uint Clusters;
    public ShortShape ShortShape;
    /// <summary>What the rule recogniser said of this token: a BIO label (see <see cref="NerLabels"/>), 0 outside its names.</summary>
    public byte RuleLabel;
    /// <summary>Inside the title or apposition the rule recogniser attached to a person ("le ministre", ", maire de X").</summary>
    public bool InRuleRole;
    /// <summary>The first pass's label of this token (two-pass models; see <see cref="NerDocumentView.ApplyFirstPass"/>).</summary>
    public byte FirstPassLabel;
    /// <summary>Types (bit per type) the first pass gave other occurrences of this word in the document.</summary>
    public byte DocumentTypes;
    /// <summary>The type (+1) the first pass gave most often to other occurrences of this word in the document; 0: none.</summary>
    public byte DocumentMajority;

    /// <summary>The short shape as a feature value: the class itself, but a punctuation mark's own form (hashed apart
    /// from the word features of the same form), so that "," and "(" read differently.</summary>
    public readonly ulong ShortShapeHash => ShortShape == ShortShape.Punctuation ? Form ^ 0x5A5A : (ulong)ShortShape + 1;
}
