using System.Collections.Frozen;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// The accounting period a figure is given for ("au premier semestre", "sur les neuf premiers mois", "au troisième trimestre",
/// "in the first half", "annual"): two figures of one thing over different periods are two figures, not two versions of one. A
/// period is its noun with the word before it ("premier semestre"), lower-cased, so "premier semestre" and "troisième trimestre"
/// differ and the same words in two outlets match.
/// </summary>
internal static class PeriodCues
{
    private static readonly FrozenSet<string> PeriodNouns = new[]
    {
        "semestre", "semestres", "trimestre", "trimestres", "mois", "exercice", "annuel", "annuelle", "annuels", "annuelles", "mensuel", "mensuelle",
        "quarter", "quarters", "half", "months", "annual", "annually", "monthly", "semester",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The periods the words name, as "word noun" pairs (or the noun alone at the start), sorted.</summary>
    public static string[] Of(IReadOnlyList<string> lowerWords)
    {
        SortedSet<string>? found = null;
        for (int i = 0; i < lowerWords.Count; i++)
            if (PeriodNouns.Contains(lowerWords[i]))
                (found ??= new SortedSet<string>(StringComparer.Ordinal)).Add(i > 0 ? lowerWords[i - 1] + " " + lowerWords[i] : lowerWords[i]);
        return found is null ? [] : [.. found];
    }

    /// <summary>Either names a period the other does not: the figures are of different periods.</summary>
    public static bool Differ(string[] a, string[] b) => (a.Length > 0 || b.Length > 0) && !a.SequenceEqual(b, StringComparer.Ordinal);
}
