using System.Collections.Frozen;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Words by which a report tells that its figure is a step in an evolution ("un nouveau bilan", "s'est alourdi", "désormais",
/// "revu à la hausse", "selon un premier bilan", "has risen to", "the latest toll"): a figure told so, differing from another
/// report's, is an update of it rather than a disagreement, whatever the articles' dates (often unknown).
/// </summary>
internal static class UpdateCues
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "désormais", "alourdi", "alourdie", "alourdis", "alourdit", "revu", "revue", "revus", "réévalué", "réévaluée", "actualisé", "actualisée",
        "now", "revised", "risen", "climbed", "updated", "latest",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"bilan" (a toll, a tally) with a word that places it in a sequence: "nouveau bilan", "premier bilan", "dernier bilan".</summary>
    private static readonly FrozenSet<string> SequenceWords = new[]
    {
        "nouveau", "premier", "dernier", "provisoire", "précédent", "new", "first", "earlier", "previous",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TallyWords = new[] { "bilan", "toll", "tally", "count" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool TellsAnEvolution(IReadOnlyList<string> lowerWords)
    {
        for (int i = 0; i < lowerWords.Count; i++)
        {
            if (Words.Contains(lowerWords[i])) return true;
            if (!TallyWords.Contains(lowerWords[i])) continue;
            if (i > 0 && SequenceWords.Contains(lowerWords[i - 1]) || i + 1 < lowerWords.Count && SequenceWords.Contains(lowerWords[i + 1])) return true;
        }
        return false;
    }
}
