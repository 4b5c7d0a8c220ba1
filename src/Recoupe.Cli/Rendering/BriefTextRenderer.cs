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
        // Sources are named as a reader knows them (outlet, title, host) and numbered in the order the brief first cites them.
        var labels = new SourceLabels(b);
        var outlets = b.Articles.Select(a => labels.Of(a.Id)).Distinct().ToList();
        var (from, to) = BriefDates.Range(b.Articles);
        sb.AppendLine($"Story {b.Id}: {Clean(b.Title)}");
        sb.AppendLine($"  {CountPhrase.ArticlesFromSources(b.Articles.Length, outlets.Count)}, {(from == to ? from : $"{from} .. {to}")}{(BriefDates.IsInferred(b.Articles) ? " (inferred)" : "")}");
        string Tag(long id) => labels.Tags([id]);
        string Cite(IEnumerable<SourceSpan> sources) => labels.Tags(sources);

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
                foreach (var note in BriefNotes.OfFact(f, Tag)) sb.AppendLine($"      {Clean(note)}");
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
                sb.AppendLine($"  - {Clean(q.Speaker)}{(q.Role is null ? "" : $" ({Clean(q.Role)})")}" +
                              (q.Indirect ? $", reported: {Clean(q.Text)} {Cite(q.Sources)}" : $": « {Clean(q.Text)} » {Cite(q.Sources)}"));
        }
        if (b.Timeline.Length > 0)
        {
            sb.AppendLine().AppendLine("Timeline");
            foreach (var t in b.Timeline) sb.AppendLine($"  {TimexDisplay.Of(t),-10}  {Clean(t.Text)} {Cite(t.Sources)}");
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
            foreach (var g in b.Origins) sb.AppendLine($"  = {Clean(g.Origin)}: {labels.Tags(g.ArticleIds)} ({g.Reason})");
        }
        sb.AppendLine().AppendLine("Sources");
        foreach (var a in labels.Numbered)
        {
            var name = labels.Of(a.Id);
            var title = a.Title is { } t && t.Trim() != name ? $" — {Clean(t)}" : "";
            // An address is shown (a reader can open it); a file path is not: it names no source.
            var url = SourceLabels.Host(a.Input) is null ? "" : $" — {Clean(a.Input)}";
            sb.AppendLine($"  {Tag(a.Id)} {Clean(name)}{title} — {ArticleDateLabel.Of(a) ?? "undated"}{url}{(a.CopyOf is { } c ? $" (copy of {Tag(c)})" : "")}");
        }
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
