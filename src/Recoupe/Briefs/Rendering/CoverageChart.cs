using System.Globalization;
using System.Net;
using System.Text;
using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// An inline SVG bar chart of the story's coverage: articles per day, stacked by outlet (the 7 busiest
/// outlets get a colour each, the rest are "other"). An article without a publication day but dated by its own text
/// (<see cref="CoverageDay"/>) is drawn paler; articles with neither are counted in a note.
/// </summary>
internal static class CoverageChart
{
    private static readonly string[] Palette = ["#3b6ea5", "#d1813b", "#4f9a5b", "#b9474a", "#7d5ba6", "#8c6d4f", "#c76fa8", "#8a8a8a"];
    private const int Width = 640, Height = 180, Left = 30, Bottom = 30, Top = 10;

    public static string Render(Brief brief)
    {
        var dated = brief.Articles
            .Select(a => (Outlet: string.IsNullOrWhiteSpace(a.Outlet) ? "unknown" : a.Outlet!, Day: CoverageDay.Of(a)))
            .Where(x => x.Day is not null)
            .Select(x => (x.Outlet, Day: x.Day!.Value.Day.ToDateTime(TimeOnly.MinValue), x.Day!.Value.FromText))
            .ToList();
        int fromText = dated.Count(x => x.FromText);
        int undated = brief.Articles.Length - dated.Count;
        if (dated.Count == 0)
            return $"<p class=\"note\">No article carries a publication day or a day in its text, so coverage over time cannot be drawn ({brief.Articles.Length} articles).</p>";

        var outlets = dated.GroupBy(x => x.Outlet).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var shown = outlets.Take(Palette.Length - 1).ToList();
        string Series(string outlet) => shown.Contains(outlet) ? outlet : "other";
        var series = shown.Concat(outlets.Count > shown.Count ? ["other"] : Array.Empty<string>()).ToList();

        var first = dated.Min(x => x.Day);
        var last = dated.Max(x => x.Day);
        int days = Math.Min(366, (int)(last - first).TotalDays + 1);
        // [day, series, 0 = publication day, 1 = day read from the text]
        var counts = new int[days, series.Count, 2];
        foreach (var (outlet, day, text) in dated)
        {
            int d = Math.Min(days - 1, (int)(day - first).TotalDays);
            counts[d, series.IndexOf(Series(outlet)), text ? 1 : 0]++;
        }
        int max = 1;
        for (int d = 0; d < days; d++)
        {
            int sum = 0;
            for (int s = 0; s < series.Count; s++) sum += counts[d, s, 0] + counts[d, s, 1];
            max = Math.Max(max, sum);
        }

        var inv = CultureInfo.InvariantCulture;
        double plotW = Width - Left - 10, plotH = Height - Top - Bottom;
        double barW = plotW / days;
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Articles per day by outlet\">");
        sb.Append($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - 10}\" y2=\"{Height - Bottom}\" stroke=\"#999\"/>");
        sb.Append($"<text x=\"{Left - 4}\" y=\"{Top + 8}\" text-anchor=\"end\" font-size=\"10\">{max}</text>");
        for (int d = 0; d < days; d++)
        {
            double y = Height - Bottom;
            for (int s = 0; s < series.Count; s++)
                for (int kind = 0; kind < 2; kind++)
                {
                    int n = counts[d, s, kind];
                    if (n == 0) continue;
                    double h = plotH * n / max;
                    y -= h;
                    var label = WebUtility.HtmlEncode($"{first.AddDays(d):yyyy-MM-dd} — {series[s]}: {n}{(kind == 1 ? " dated from their text" : "")}");
                    sb.Append(string.Format(inv, "<rect x=\"{0:0.#}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3:0.#}\" fill=\"{4}\"{5}><title>{6}</title></rect>",
                        Left + d * barW + 1, y, Math.Max(1, barW - 2), h, Palette[s], kind == 1 ? " fill-opacity=\"0.45\" class=\"from-text\"" : "", label));
                }
        }
        sb.Append(string.Format(inv, "<text x=\"{0}\" y=\"{1}\" font-size=\"10\">{2:yyyy-MM-dd}</text>", Left, Height - Bottom + 14, first));
        if (days > 1)
            sb.Append(string.Format(inv, "<text x=\"{0}\" y=\"{1}\" font-size=\"10\" text-anchor=\"end\">{2:yyyy-MM-dd}</text>", Width - 10, Height - Bottom + 14, last));
        sb.Append("</svg><ul class=\"legend\">");
        for (int s = 0; s < series.Count; s++)
            sb.Append($"<li><span style=\"background:{Palette[s]}\"></span>{WebUtility.HtmlEncode(series[s])}</li>");
        sb.Append("</ul>");
        if (fromText > 0) sb.Append($"<p class=\"note\">Paler bars: {fromText} article(s) without a publication date, on the day their own text gives (dateline or a date written in it).</p>");
        if (undated > 0) sb.Append($"<p class=\"note\">{undated} article(s) without a publication day or a day in their text are not drawn.</p>");
        return sb.ToString();
    }
}
