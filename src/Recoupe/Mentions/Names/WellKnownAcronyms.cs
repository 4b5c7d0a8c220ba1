using System.Collections.Frozen;

namespace Recoupe.Mentions.Names;

/// <summary>
/// International organisations whose acronym is used without ever being spelled out (ONU, UN, OTAN, NATO, UE, EU):
/// general knowledge, so that "Conseil de sécurité de l'ONU" meets "Conseil de sécurité des Nations unies".
/// </summary>
public static class WellKnownAcronyms
{
    private static readonly FrozenDictionary<string, string[]> Expansions = new Dictionary<string, string[]>
    {
        ["onu"] = ["nations", "unies"],
        ["un"] = ["united", "nations"],
        ["otan"] = ["organisation", "traite", "atlantique", "nord"],
        ["nato"] = ["north", "atlantic", "treaty", "organization"],
        ["ue"] = ["union", "europeenne"],
        ["eu"] = ["european", "union"],
        ["oms"] = ["organisation", "mondiale", "sante"],
        ["who"] = ["world", "health", "organization"],
        ["fmi"] = ["fonds", "monetaire", "international"],
        ["imf"] = ["international", "monetary", "fund"],
        ["aiea"] = ["agence", "internationale", "energie", "atomique"],
        ["iaea"] = ["international", "atomic", "energy", "agency"],
    }.ToFrozenDictionary();

    /// <summary>The words an acronym stands for, given the folded (lower-case) acronym; only for upper-case tokens in text.</summary>
    public static string[]? Expansion(string foldedAcronym) => Expansions.GetValueOrDefault(foldedAcronym);

    private static readonly FrozenSet<string> SpelledOut = Expansions.Values
        .SelectMany(e => new[] { string.Join(' ', e), string.Join(' ', e.Where(w => w.Length > 2)) })
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "ONU", "Nations unies", "United Nations": a well-known organisation, written as an acronym or spelled out; French
    /// press also writes the longer acronyms as words ("l'Onu", "l'Otan"), never the two-letter ones ("Un", "Eu").
    /// </summary>
    public static bool IsOrganizationName(string name)
    {
        var folded = TextFold.Fold(name);
        return SpelledOut.Contains(folded) || Expansions.ContainsKey(folded) && (AcronymMatcher.IsAcronym(name) || name.Length >= 3 && char.IsUpper(name[0]));
    }
}
