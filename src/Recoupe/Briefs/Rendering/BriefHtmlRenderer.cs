using System.Net;
using System.Text;
using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// The brief as one self-contained HTML page: inline CSS, an inline SVG coverage chart, no script and no
/// external fetch. Every string that came from an article goes through <see cref="WebUtility.HtmlEncode"/>,
/// so scraped markup (a &lt;script&gt;, an onerror= attribute) is shown as text, never run.
/// </summary>
public static class BriefHtmlRenderer
{
    private const string Style = """
        body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#222;background:#fafaf7;margin:0}
        main{max-width:860px;margin:0 auto;padding:24px}
        h1{font-size:1.8em;line-height:1.25;margin:.2em 0}
        h2{font:600 1.05em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.06em;color:#555;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:2em}
        .meta,.note,.src{font:13px system-ui,sans-serif;color:#666}
        .badge{display:inline-block;font:600 12px system-ui,sans-serif;padding:1px 8px;border-radius:10px;background:#e6eef7;color:#234}
        .badge.one{background:#f3eadb;color:#5a3d12}
        ul.plain{list-style:none;padding:0} ul.plain li{margin:.6em 0}
        .conflict{border:1px solid #e3c9c9;border-radius:6px;margin:1em 0;background:#fff}
        .conflict h3{font:600 15px system-ui,sans-serif;margin:0;padding:8px 12px;background:#f8eded}
        .claims{display:flex;gap:0} .claim{flex:1;padding:10px 12px;border-left:1px solid #eee} .claim:first-child{border-left:0}
        .claim .value{font-weight:bold}
        blockquote{margin:.5em 0 .8em;padding-left:12px;border-left:3px solid #cbd5e1}
        .timeline li{margin:.4em 0} .date{font:600 13px system-ui,sans-serif;color:#345;margin-right:.5em}
        .chart{width:100%;height:auto;background:#fff;border:1px solid #eee}
        .legend{list-style:none;padding:0;font:12px system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:12px}
        .legend span{display:inline-block;width:10px;height:10px;margin-right:4px}
        table{border-collapse:collapse;font:13px system-ui,sans-serif} td{padding:2px 8px;border-bottom:1px solid #eee;vertical-align:top}
        """;

    public static string Render(Brief brief)
    {
        var labels = new SourceLabels(brief);
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        sb.Append("<title>").Append(E(brief.Title)).Append("</title><style>").Append(Style).Append("</style></head><body><main>");
        sb.Append("<h1>").Append(E(brief.Title)).Append("</h1>");
        sb.Append($"<p class=\"meta\">{CountPhrase.Of(brief.Articles.Length, "article")} · {CountPhrase.Of(brief.Articles.Select(a => labels.Of(a.Id)).Distinct().Count(), "source")} · {E(BriefDates.Text(brief.Articles))}</p>");

        sb.Append("<h2>Coverage</h2>").Append(CoverageChart.Render(brief));

        if (brief.Summary.Length > 0)
        {
            sb.Append("<h2>Summary</h2><ul class=\"plain\">");
            foreach (var s in brief.Summary)
                sb.Append("<li>").Append(E(s.Text)).Append(" <span class=\"src\">— ").Append(E(labels.OfAll(s.Sources))).Append("</span></li>");
            sb.Append("</ul>");
        }
        if (brief.Facts.Length > 0)
        {
            sb.Append("<h2>Facts</h2><ul class=\"plain\">");
            foreach (var f in brief.Facts)
            {
                sb.Append("<li>").Append(E(f.Statement))
                  .Append($" <span class=\"badge{(f.IndependentSources <= 1 ? " one" : "")}\">{CountPhrase.Of(f.IndependentSources, "independent source")}</span>")
                  .Append(" <span class=\"src\">").Append(E(labels.OfAll(f.Sources))).Append("</span>");
                foreach (var note in BriefNotes.OfFact(f, labels.Of)) sb.Append("<div class=\"src\">").Append(E(note)).Append("</div>");
                sb.Append("</li>");
            }
            sb.Append("</ul>");
        }
        var updates = brief.Conflicts.Where(BriefNotes.IsUpdate).ToList();
        if (updates.Count > 0)
        {
            sb.Append("<h2>Evolving figures</h2><ul class=\"plain\">");
            foreach (var c in updates)
                sb.Append("<li>").Append(E(c.About)).Append(": ").Append(E(BriefNotes.Evolution(c))).Append("</li>");
            sb.Append("</ul>");
        }
        if (brief.Conflicts.Any(c => !BriefNotes.IsUpdate(c)))
        {
            sb.Append("<h2>Conflicts</h2>");
            foreach (var c in brief.Conflicts.Where(c => !BriefNotes.IsUpdate(c)))
            {
                sb.Append("<section class=\"conflict\"><h3>").Append(E(c.About)).Append("</h3><div class=\"claims\">");
                foreach (var claim in c.Claims)
                    sb.Append("<div class=\"claim\"><div class=\"value\">").Append(E(claim.Value)).Append("</div><div class=\"src\">")
                      .Append(E(labels.OfAll(claim.Sources))).Append("</div></div>");
                sb.Append("</div></section>");
            }
        }
        if (brief.Quotes.Length > 0)
        {
            sb.Append("<h2>Quotes</h2>");
            foreach (var speaker in brief.Quotes.GroupBy(q => q.Speaker))
            {
                var role = speaker.Select(q => q.Role).FirstOrDefault(r => r is not null);
                sb.Append("<h3>").Append(E(speaker.Key)).Append(role is null ? "" : "<span class=\"src\">, " + E(role) + "</span>").Append("</h3>");
                foreach (var q in speaker)
                    sb.Append(q.Indirect ? "<div class=\"reported\">Reported: " : "<blockquote>").Append(E(q.Text)).Append("<div class=\"src\">")
                      .Append(E(labels.Of(q.Sources[0].ArticleId))).Append(q.Outlets > 1 ? $" · carried by {q.Outlets} outlets" : "")
                      .Append(q.Indirect ? "</div></div>" : "</div></blockquote>");
            }
        }
        if (brief.Timeline.Length > 0)
        {
            sb.Append("<h2>Timeline</h2><ul class=\"plain timeline\">");
            foreach (var e in brief.Timeline)
                sb.Append("<li><span class=\"date\">").Append(E(TimexDisplay.Of(e))).Append("</span>").Append(E(e.Text))
                  .Append(" <span class=\"src\">— ").Append(E(labels.OfAll(e.Sources))).Append("</span></li>");
            sb.Append("</ul>");
        }
        if (brief.Entities.Length > 0)
        {
            sb.Append("<h2>Who and what</h2><p>");
            sb.Append(string.Join(" · ", brief.Entities.Select(e => E(e.Name) + $" <span class=\"src\">({e.Mentions})</span>")));
            sb.Append("</p>");
        }
        if (brief.Origins.Length > 0)
        {
            sb.Append("<h2>Same origin</h2><ul class=\"plain\">");
            foreach (var g in brief.Origins) sb.Append("<li>").Append(E(BriefNotes.OfOrigin(g))).Append("</li>");
            sb.Append("</ul>");
        }
        sb.Append("<h2>Sources</h2><table>");
        foreach (var a in labels.Numbered)
            sb.Append($"<tr><td>{labels.Number(a.Id)}</td><td>").Append(E(labels.Of(a.Id))).Append("</td><td>").Append(E(a.Title ?? SourceLabels.Host(a.Input) ?? ""))
              .Append("</td><td>").Append(E(ArticleDateLabel.Of(a) ?? "")).Append(a.CopyOf is { } c ? $" · copy of [{labels.Number(c)}]" : "").Append("</td></tr>");
        sb.Append("</table></main></body></html>");
        return sb.ToString();
    }

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}
