using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The plain-text notes every renderer shows next to facts, conflicts and sources (each renderer escapes them its own way): who a
/// fact is attributed to, that it is disputed, which cited articles count as one source, how an update evolved, and which outlets
/// trace back to one origin.
/// </summary>
public static class BriefNotes
{
    /// <summary>Notes on a fact: "attributed to X", "disputed (see: …)", "one source: AFP — Le Monde, Libération (agency credit)".</summary>
    public static IReadOnlyList<string> OfFact(Fact fact, Func<long, string> outlet)
    {
        var notes = new List<string>();
        if (fact.AttributedTo is { } who) notes.Add($"attributed to {who}");
        if (fact.DisputedBy is { } about) notes.Add($"disputed (see: {about})");
        foreach (var g in fact.SourceGroups.Where(g => g.ArticleIds.Length > 1 || g.Reason == "attributed"))
            notes.Add($"one source: {g.Origin} — {string.Join(", ", g.ArticleIds.Select(outlet).Distinct())} ({g.Reason})");
        return notes;
    }

    /// <summary>Updates are evolutions, not disagreements: renderers list them apart.</summary>
    public static bool IsUpdate(Conflict c) => c.Kind == "update";

    /// <summary>"2023-10-07: 15 → 2023-10-09: 2053": an update's values in the order they were reported.</summary>
    public static string Evolution(Conflict c) => string.Join(" → ", c.Claims.Select(x => (x.Date is null ? "undated" : x.Date) + ": " + x.Value));

    /// <summary>"AFP: Le Monde, Libération (agency credit)".</summary>
    public static string OfOrigin(OriginGroup g) => $"{g.Origin}: {string.Join(", ", g.Outlets)} ({g.Reason})";
}
