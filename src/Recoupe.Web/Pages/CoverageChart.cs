using System.Globalization;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;
using Recoupe.Web.Html;
using Recoupe.Web.Queries;

namespace Recoupe.Web.Pages;

/// <summary>
/// Inline SVG: articles per day (or per few days on long stories), stacked by outlet. An article without a publication day
/// but dated by its own text (<see cref="CoverageDay"/>) is drawn too, paler, so that undated copies still show when the
/// story was covered without passing for dates their sources gave.
/// </summary>
public static class CoverageChart
{
    private const int Width = 720, Height = 210, Left = 34, Right = 10, Top = 12, Bottom = 34;

    /// <summary>Long stories are bucketed so the chart keeps at most this many bars.</summary>
    private const int MaxBars = 60;

    public static void Write(HtmlWriter h, IReadOnlyList<BriefArticle> articles)
    {
        var dated = articles.Select(a => (a, d: CoverageDay.Of(a))).Where(x => x.d is not null)
            .Select(x => (Outlet: string.IsNullOrWhiteSpace(x.a.Outlet) ? "unknown outlet" : x.a.Outlet!, x.d!.Value.Day, x.d!.Value.FromText))
            .ToList();
        int fromText = dated.Count(d => d.FromText);
        int undated = articles.Count - dated.Count;
        if (dated.Count == 0)
        {
            PageParts.Empty(h, $"No article has a publication day or a day written in its text, so coverage cannot be charted ({Articles(undated)} without one).");
            return;
        }
        var first = dated.Min(d => d.Day);
        int span = dated.Max(d => d.Day).DayNumber - first.DayNumber + 1;
        int bucketDays = (span + MaxBars - 1) / MaxBars;
        int buckets = (span + bucketDays - 1) / bucketDays;

        var outlets = dated.GroupBy(d => d.Outlet).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        string ColorOf(string outlet)
        {
            int i = outlets.IndexOf(outlet);
            return i < ChartPalette.Colors.Length ? ChartPalette.Colors[i] : ChartPalette.Other;
        }
        // [bucket, outlet, 0 = publication day, 1 = day read from the text]
        var counts = new int[buckets, outlets.Count, 2];
        foreach (var (outlet, day, text) in dated) counts[(day.DayNumber - first.DayNumber) / bucketDays, outlets.IndexOf(outlet), text ? 1 : 0]++;
        int max = Enumerable.Range(0, buckets).Max(b => Enumerable.Range(0, outlets.Count).Sum(o => counts[b, o, 0] + counts[b, o, 1]));

        double plotW = Width - Left - Right, plotH = Height - Top - Bottom, slot = plotW / buckets;
        string Label(int b) => first.AddDays(b * bucketDays).ToString(bucketDays == 1 ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

        h.Open("svg", ("viewBox", $"0 0 {Width} {Height}"), ("width", Width.ToString(CultureInfo.InvariantCulture)), ("role", "img"),
            ("aria-label", $"Articles per {(bucketDays == 1 ? "day" : $"{bucketDays} days")} and outlet"), ("class", "coverage"));
        h.Element("title", $"{dated.Count} dated articles from {first:yyyy-MM-dd}, per {(bucketDays == 1 ? "day" : $"{bucketDays} days")} and outlet");
        Line(h, Left, Top + plotH, Width - Right, Top + plotH);
        Text(h, Left - 6, Top + 8, max.ToString(CultureInfo.InvariantCulture), "end");
        Text(h, Left - 6, Top + plotH, "0", "end");
        int labelEvery = Math.Max(1, (int)Math.Ceiling(buckets / 8.0));
        for (int b = 0; b < buckets; b++)
        {
            double x = Left + b * slot + slot * 0.1, w = Math.Max(1, slot * 0.8), y = Top + plotH;
            for (int o = 0; o < outlets.Count; o++)
                for (int kind = 0; kind < 2; kind++)
                {
                    int n = counts[b, o, kind];
                    if (n == 0) continue;
                    double hgt = plotH * n / max;
                    y -= hgt;
                    if (kind == 0) h.Open("rect", ("x", F(x)), ("y", F(y)), ("width", F(w)), ("height", F(hgt)), ("fill", ColorOf(outlets[o])));
                    else h.Open("rect", ("x", F(x)), ("y", F(y)), ("width", F(w)), ("height", F(hgt)), ("fill", ColorOf(outlets[o])), ("fill-opacity", "0.45"), ("class", "from-text"));
                    h.Element("title", $"{outlets[o]} — {Label(b)}: {n} article{(n == 1 ? "" : "s")}{(kind == 1 ? " dated from their text" : "")}");
                    h.Close("rect");
                }
            if (b % labelEvery == 0 || b == buckets - 1)
            {
                // A label centred on an edge bar would run past the chart: it is set against that edge instead.
                var label = Label(b);
                double half = label.Length * TimelineChart.CharWidth / 2, cx = x + w / 2;
                var (lx, anchor) = cx - half < 2 ? (Math.Max(2, x), "start") : cx + half > Width - 2 ? (Math.Min(Width - 2, x + w), "end") : (cx, "middle");
                Text(h, lx, Height - Bottom + 16, label, anchor);
            }
        }
        h.Close("svg");

        h.Open("p", ("class", "legend meta"));
        foreach (var o in outlets)
        {
            h.Open("span");
            h.Element("span", "■", ("style", $"color:{ColorOf(o)}"));
            h.Text(" " + o).Close("span");
        }
        h.Close("p");
        if (fromText > 0)
            h.Element("p", $"Paler bars: {Articles(fromText)} without a publication date, placed on the day {(fromText == 1 ? "its" : "their")} own text gives (dateline or a date written in it).",
                ("class", "meta from-text"));
        // Said in the page, not only in a tooltip: a reader comparing the bars with the article count must know what is missing.
        if (undated > 0)
            h.Element("p", $"{Articles(undated)} without a publication day or a day in {(undated == 1 ? "its" : "their")} text {(undated == 1 ? "is" : "are")} not in the chart ({dated.Count} of {articles.Count} charted).",
                ("class", "meta undated"));
    }

    private static string Articles(int n) => CountPhrase.Of(n, "article");

    internal static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    internal static void Line(HtmlWriter h, double x1, double y1, double x2, double y2) =>
        h.Void("line", ("x1", F(x1)), ("y1", F(y1)), ("x2", F(x2)), ("y2", F(y2)), ("stroke", "#9aa1ad")).Close("line");

    internal static void Text(HtmlWriter h, double x, double y, string text, string anchor) =>
        h.Element("text", text, ("x", F(x)), ("y", F(y)), ("text-anchor", anchor));
}
