using System.Globalization;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;
using Recoupe.Web.Html;
using static Recoupe.Web.Pages.CoverageChart;

namespace Recoupe.Web.Pages;

/// <summary>
/// Inline SVG: one row per dated event on a common time axis. An event known to the day is a dot; one
/// known only to the month or year is a bar over the whole period, so vagueness stays visible.
/// </summary>
public static class TimelineChart
{
    private const int Width = 720, Left = 12, Right = 12, Top = 26, Row = 24;
    private const int MaxRows = 40;
    private const int MaxLabel = 70;

    public static void Write(HtmlWriter h, IReadOnlyList<TimelineEvent> events)
    {
        var dated = events.Select(e => (e, stamp: DateStamp.TryParseIso(TimexDisplay.WithoutPartOfDay(e.Date)))).Where(x => x.stamp is not null)
            .Select(x => (x.e, From: x.stamp!.Value, To: End(x.stamp!)))
            .OrderBy(x => x.From).Take(MaxRows).ToList();
        if (dated.Count == 0) return;
        var min = dated.Min(d => d.From);
        var max = dated.Max(d => d.To);
        double range = Math.Max(1, (max - min).TotalDays), plotW = Width - Left - Right;
        double X(DateTime t) => Left + (t - min).TotalDays / range * plotW;
        int height = Top + dated.Count * Row + 8;

        h.Open("svg", ("viewBox", $"0 0 {Width} {height}"), ("width", Width.ToString(CultureInfo.InvariantCulture)), ("role", "img"),
            ("aria-label", "Timeline of the story's events"), ("class", "timeline"));
        h.Element("title", $"{dated.Count} dated events from {min:yyyy-MM-dd} to {max:yyyy-MM-dd}");
        Line(h, Left, Top - 8, Width - Right, Top - 8);
        Text(h, Left, Top - 12, min.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "start");
        Text(h, Width - Right, Top - 12, max.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "end");
        for (int i = 0; i < dated.Count; i++)
        {
            var (e, from, to) = dated[i];
            double y = Top + i * Row + Row / 2.0, x1 = X(from), x2 = X(to);
            h.Open("g");
            h.Element("title", $"{e.Date}: {e.Text}");
            if (x2 - x1 >= 4)
                h.Void("rect", ("x", F(x1)), ("y", F(y - 5)), ("width", F(x2 - x1)), ("height", "10"), ("rx", "5"), ("fill", "#9fb7e0")).Close("rect");
            else
                h.Void("circle", ("cx", F(x1)), ("cy", F(y)), ("r", "5"), ("fill", "#1f5fbf")).Close("circle");
            // The label goes on the side of the mark with more room, cut to fit it: no label runs past the chart's edge.
            double roomRight = Width - 4 - (Math.Max(x2, x1) + 9), roomLeft = x1 - 9 - 4;
            bool right = roomRight >= roomLeft;
            var label = Fit($"{e.Date} — {(e.Text.Length > MaxLabel ? e.Text[..MaxLabel] + "…" : e.Text)}", right ? roomRight : roomLeft);
            Text(h, right ? Math.Max(x2, x1) + 9 : x1 - 9, y + 4, label, right ? "start" : "end");
            h.Close("g");
        }
        h.Close("svg");
    }

    /// <summary>
    /// Widest a character of the 11px sans-serif chart font is likely to be, on average over a line: labels are cut by it,
    /// so it errs wide (capitals and accents are wider than the mean).
    /// </summary>
    public const double CharWidth = 6.6;

    /// <summary>The label cut (with "…") to fit <paramref name="room"/> pixels at <see cref="CharWidth"/>.</summary>
    public static string Fit(string label, double room)
    {
        int max = Math.Max(1, (int)(room / CharWidth));
        if (label.Length <= max) return label;
        return max <= 1 ? "…" : label[..(max - 1)].TrimEnd() + "…";
    }

    /// <summary>The end of the period a stamp covers (a month-precision date covers the whole month).</summary>
    private static DateTime End(DateStamp s) => s.Precision switch
    {
        DatePrecision.Year => s.Value.AddYears(1),
        DatePrecision.Month => s.Value.AddMonths(1),
        _ => s.Value,
    };
}
