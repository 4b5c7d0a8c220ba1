using System.Text;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Cli.Rendering;

/// <summary>A brief as plain terminal text: what a person reads at a glance after `recoupe run`.</summary>
public static class BriefTextRenderer
{
    public static string Render(Brief b)
    {
        var sb = new StringBuilder();
        var outlets = b.Articles.Select(a => a.Outlet ?? Path.GetFileName(a.Input)).Distinct().ToList();
        sb.AppendLine($"Story {b.Id}: {Clean(b.Title)}");
        sb.AppendLine($"  {b.Articles.Length} articles from {outlets.Count} sources, {b.FirstSeen:yyyy-MM-dd} .. {b.LastSeen:yyyy-MM-dd}");
        var ids = b.Articles.Select((a, i) => (a.Id, Tag: $"[{i + 1}]")).ToDictionary(x => x.Id, x => x.Tag);
        string Cite(IEnumerable<SourceSpan> sources) => string.Concat(sources.Select(s => s.ArticleId).Distinct().Select(id => ids.GetValueOrDefault(id, $"[#{id}]")));

        if (b.Summary.Length > 0)
        {
            sb.AppendLine().AppendLine("Summary");
            foreach (var s in b.Summary) sb.AppendLine($"  - {Clean(s.Text)} {Cite(s.Sources)}");
        }
        if (b.Facts.Length > 0)
        {
            sb.AppendLine().AppendLine("Facts (independent sources)");
            foreach (var f in b.Facts)
            {
                sb.AppendLine($"  - ({f.IndependentSources}) {Clean(f.Statement)} {Cite(f.Sources)}");
                foreach (var note in BriefNotes.OfFact(f, id => ids.GetValueOrDefault(id, $"[#{id}]"))) sb.AppendLine($"      {Clean(note)}");
            }
        }
        if (b.Conflicts.Any(c => !BriefNotes.IsUpdate(c)))
        {
            sb.AppendLine().AppendLine("Conflicts");
            foreach (var c in b.Conflicts.Where(c => !BriefNotes.IsUpdate(c)))
            {
                sb.AppendLine($"  ! {Clean(c.About)}");
                foreach (var claim in c.Claims) sb.AppendLine($"      {Clean(claim.Value)} {Cite(claim.Sources)}");
            }
        }
        if (b.Conflicts.Any(BriefNotes.IsUpdate))
        {
            sb.AppendLine().AppendLine("Evolving figures");
            foreach (var c in b.Conflicts.Where(BriefNotes.IsUpdate)) sb.AppendLine($"  ~ {Clean(c.About)}: {Clean(BriefNotes.Evolution(c))}");
        }
        if (b.Quotes.Length > 0)
        {
            sb.AppendLine().AppendLine("Quotes");
            foreach (var q in b.Quotes)
                sb.AppendLine($"  - {Clean(q.Speaker)}{(q.Role is null ? "" : $" ({Clean(q.Role)})")}: « {Clean(q.Text)} » {Cite(q.Sources)}");
        }
        if (b.Timeline.Length > 0)
        {
            sb.AppendLine().AppendLine("Timeline");
            foreach (var t in b.Timeline) sb.AppendLine($"  {t.Date,-10}  {Clean(t.Text)} {Cite(t.Sources)}");
        }
        if (b.Entities.Length > 0)
        {
            sb.AppendLine().AppendLine("Who and what");
            // Every entity: the minor people who speak once are often the ones a reader looks for.
            foreach (var e in b.Entities)
                sb.AppendLine($"  {Clean(e.Name)} ({e.Type}, {e.Mentions}{(e.Quotes > 0 ? $", quoted {e.Quotes}" : "")})" +
                    $"{(e.Role is null ? "" : $" [{Clean(e.Role)}]")}{(e.StandsFor is null ? "" : $" — stands for the government of {Clean(e.StandsFor)}")}" +
                    $"{(e.Variants.Length > 1 ? " — " + string.Join(" / ", e.Variants.Select(Clean)) : "")}");
        }
        if (b.Origins.Length > 0)
        {
            sb.AppendLine().AppendLine("Same origin (counted as one source)");
            foreach (var g in b.Origins) sb.AppendLine($"  = {Clean(g.Origin)}: {string.Concat(g.ArticleIds.Select(id => ids.GetValueOrDefault(id, $"[#{id}]")))} ({g.Reason})");
        }
        sb.AppendLine().AppendLine("Sources");
        foreach (var a in b.Articles)
            sb.AppendLine($"  {ids[a.Id]} {Clean(a.Outlet ?? "?")} — {Clean(a.Title ?? "(untitled)")} — {a.Published ?? "undated"} — {Clean(a.Input)}{(a.CopyOf is { } c ? $" (copy of #{c})" : "")}");
        return sb.ToString();
    }

    /// <summary>Scraped text may hold terminal control sequences: drop control characters before printing.</summary>
    public static string Clean(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(char.IsControl(c) ? ' ' : c);
        return sb.ToString();
    }
}
