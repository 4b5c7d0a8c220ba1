using System.Text;
using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The brief as Markdown. Every scraped string is escaped so that it reads as text: no heading, link,
/// emphasis, table cell or raw HTML can be injected through an article.
/// </summary>
public static class BriefMarkdownRenderer
{
    public static string Render(Brief brief)
    {
        var labels = new SourceLabels(brief);
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Escape(brief.Title)).AppendLine();
        sb.AppendLine($"*{CountPhrase.ArticlesFromSources(brief.Articles.Length, brief.Articles.Select(a => labels.Of(a.Id)).Distinct().Count())}, " +
                      $"{Escape(BriefDates.Text(brief.Articles))}*").AppendLine();

        if (brief.Summary.Length > 0)
        {
            sb.AppendLine("## Summary").AppendLine();
            foreach (var s in brief.Summary)
                sb.Append("- ").Append(Escape(s.Text)).Append(" — ").AppendLine(Escape(labels.OfAll(s.Sources)));
            sb.AppendLine();
        }
        if (brief.Facts.Length > 0)
        {
            sb.AppendLine("## Facts").AppendLine();
            foreach (var f in brief.Facts)
            {
                sb.Append("- ").Append(Escape(f.Statement))
                  .Append($" — **{CountPhrase.Of(f.IndependentSources, "independent source")}** (")
                  .Append(Escape(labels.OfAll(f.Sources))).Append(')');
                foreach (var note in BriefNotes.OfFact(f, labels.Of)) sb.Append("; *").Append(Escape(note)).Append('*');
                sb.AppendLine();
            }
            sb.AppendLine();
        }
        var disagreements = brief.Conflicts.Where(c => !BriefNotes.IsUpdate(c)).ToList();
        if (disagreements.Count > 0)
        {
            sb.AppendLine("## Conflicts").AppendLine();
            foreach (var c in disagreements)
            {
                sb.Append("### ").AppendLine(Escape(c.About)).AppendLine();
                foreach (var claim in c.Claims)
                    sb.Append("- ").Append(Escape(claim.Value)).Append(" — ").AppendLine(Escape(labels.OfAll(claim.Sources)));
                sb.AppendLine();
            }
        }
        var updates = brief.Conflicts.Where(BriefNotes.IsUpdate).ToList();
        if (updates.Count > 0)
        {
            sb.AppendLine("## Evolving figures").AppendLine();
            foreach (var c in updates)
                sb.Append("- ").Append(Escape(c.About)).Append(": ").AppendLine(Escape(BriefNotes.Evolution(c)));
            sb.AppendLine();
        }
        if (brief.Quotes.Length > 0)
        {
            sb.AppendLine("## Quotes").AppendLine();
            foreach (var speaker in brief.Quotes.GroupBy(q => q.Speaker))
            {
                var role = speaker.Select(q => q.Role).FirstOrDefault(r => r is not null);
                sb.Append("**").Append(Escape(speaker.Key)).Append("**");
                if (role is not null) sb.Append(", ").Append(Escape(role));
                sb.AppendLine().AppendLine();
                foreach (var q in speaker)
                    sb.Append(q.Indirect ? "Reported: " : "> ").Append(Escape(q.Text)).Append(" — ").Append(Escape(labels.Of(q.Sources[0].ArticleId)))
                      .AppendLine(q.Outlets > 1 ? $" (and {q.Outlets - 1} more)" : "").AppendLine();
            }
        }
        if (brief.Timeline.Length > 0)
        {
            sb.AppendLine("## Timeline").AppendLine();
            foreach (var e in brief.Timeline)
                sb.Append("- **").Append(Escape(TimexDisplay.Of(e))).Append("** ").Append(Escape(e.Text)).Append(" — ").AppendLine(Escape(labels.OfAll(e.Sources)));
            sb.AppendLine();
        }
        if (brief.Entities.Length > 0)
        {
            sb.AppendLine("## Who and what").AppendLine();
            foreach (var e in brief.Entities)
                sb.Append("- ").Append(Escape(e.Name)).Append($" ({e.Type}, {e.Mentions} mentions)").AppendLine();
            sb.AppendLine();
        }
        if (brief.Origins.Length > 0)
        {
            sb.AppendLine("## Same origin").AppendLine();
            foreach (var g in brief.Origins) sb.Append("- ").AppendLine(Escape(BriefNotes.OfOrigin(g)));
            sb.AppendLine();
        }
        sb.AppendLine("## Sources").AppendLine();
        foreach (var a in labels.Numbered)
            sb.Append($"{labels.Number(a.Id)}. ").Append(Escape(labels.Of(a.Id)))
              .Append(a.Title is { } title && title.Trim() != labels.Of(a.Id) ? " — " + Escape(title) : "")
              .AppendLine(ArticleDateLabel.Of(a) is not { } date ? "" : $" ({Escape(date)})");
        return sb.ToString();
    }

    /// <summary>
    /// Makes scraped text inert in Markdown: emphasis, code, link, table and HTML characters are backslash-escaped or
    /// encoded everywhere; block markers (#, -, +, "1.", >) only matter at the start of a line, and line breaks are
    /// folded, so they are escaped at the start only (words like "nord-coréen" stay readable).
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\r': break;
                case '\n' or '\t': sb.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }
        int first = 0;
        while (first < sb.Length && sb[first] == ' ') first++;
        if (first < sb.Length && sb[first] is '#' or '-' or '+' or '!' or '=') sb.Insert(first, '\\');
        else if (first < sb.Length && char.IsDigit(sb[first]))
        {
            int k = first;
            while (k < sb.Length && char.IsDigit(sb[k])) k++;
            if (k < sb.Length && sb[k] is '.' or ')') sb.Insert(k, '\\'); // "1." would start a numbered list
        }
        return sb.ToString();
    }
}
