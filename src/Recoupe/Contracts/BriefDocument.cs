using Recoupe.Model;

namespace Recoupe.Contracts;

/// <summary>
/// The `recoupe story --format json` contract is <see cref="Brief"/> itself written with
/// <see cref="ContractJson"/> (snake_case), plus entity types as the same words annotate uses.
/// Kept as one place so that renaming a model property shows up here and in the schema test.
/// </summary>
public static class BriefDocument
{
    public static string ToJson(Brief brief, bool indented = true) => ContractJson.Serialize(brief, indented);
}
