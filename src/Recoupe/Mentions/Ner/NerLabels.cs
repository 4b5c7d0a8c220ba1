using Recoupe.Model;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The labeller's tag set: BIO over four coarse types. Fixed, so that every model has the same 9 weights per feature
/// and the decoder can keep them inline. Index 0 is O; then B-T at 1 + 2t and I-T at 2 + 2t.
/// </summary>
public static class NerLabels
{
    public const int Count = 9;
    public const int Outside = 0;
    public static readonly string[] Types = ["PER", "LOC", "ORG", "MISC"];
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;
    public static bool IsBegin(int label) => label > 0 && label % 2 == 1;
    public static bool IsInside(int label) => label > 0 && label % 2 == 0;
    public static int TypeOf(int label) => (label - 1) / 2;

    /// <summary>BIO well-formedness: I-T only after B-T or I-T.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || previous > 0 && TypeOf(previous) == TypeOf(label);

    /// <summary>The index of "PER", "LOC", "ORG" or "MISC" for a corpus type name (pers, loc, org, prod, misc…), or -1 (not learned).</summary>
    public static int TypeIndex(string corpusType) => corpusType.ToLowerInvariant() switch
    {
        "per" or "pers" or "person" => 0,
        "loc" or "place" or "gpe" => 1,
        "org" or "organization" or "organisation" => 2,
        "misc" or "prod" or "humanprod" => 3,
        _ => -1,
    };

    public static EntityType EntityTypeOf(int type) => type switch
    {
        0 => EntityType.Person,
        1 => EntityType.Place,
        2 => EntityType.Organization,
        _ => EntityType.Other,
    };
}
