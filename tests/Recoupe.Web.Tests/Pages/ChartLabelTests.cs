using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Model;
using Recoupe.Web.Html;
using Recoupe.Web.Pages;

namespace Recoupe.Web.Tests.Pages;

/// <summary>Chart labels stay inside the chart; the coverage chart says how many articles it leaves out.</summary>
public sealed partial class ChartLabelTests
{
    private static BriefArticle At(string? published, string outlet = "O") => new(1, outlet, "T", published, "fr", "i", null);

    [Fact]
    public void Timeline_labels_are_cut_to_the_room_on_their_side()
    {
        var longText = string.Concat(Enumerable.Repeat("La commission d'enquête rend son rapport ", 3));
        var events = new[]
        {
            new TimelineEvent("2020-01-01", "day", longText, []),
            new TimelineEvent("2022-06-15", "day", longText, []),
            new TimelineEvent("2024-12-31", "day", longText, []),
        };
        var h = new HtmlWriter();
        TimelineChart.Write(h, events);
        foreach (var (x, anchor, text) in Labels(h.ToString()))
        {
            double width = text.Length * TimelineChart.CharWidth;
            double left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x;
            Assert.True(left >= 0 && left + width <= 720, $"'{text}' at {x} ({anchor}) runs out of the chart");
        }
    }

    [Fact]
    public void Coverage_says_in_the_page_how_many_articles_are_undated()
    {
        var h = new HtmlWriter();
        CoverageChart.Write(h, [At("2024-01-02"), At("2024-01-03"), At(null), At("2024-01")]);
        var html = h.ToString();
        Assert.Contains("2 articles without a publication day or a day in their text are not in the chart (2 of 4 charted)", html);
        Assert.Contains("class=\"meta undated\"", html);
    }

    [Fact]
    public void Coverage_draws_articles_dated_by_their_text_paler_and_leaves_out_the_day_received()
    {
        var h = new HtmlWriter();
        CoverageChart.Write(h, [
            At("2024-01-02"),
            At(null) with { Date = "2024-01-03", DateSource = "dateline" },
            At(null) with { Date = "2024-01-03", DateSource = "text" },
            At(null) with { Date = "2024-02-20", DateSource = "ingested" },
        ]);
        var html = h.ToString();
        // One bar segment of two articles read from their text, drawn paler; the day received is no day of writing.
        Assert.Single(Regex.Matches(html, "class=\"from-text\""));
        Assert.Contains("O — 01-03: 2 articles dated from their text", html);
        Assert.DoesNotContain("02-20", html);
        Assert.Contains("Paler bars: 2 articles without a publication date", html);
        Assert.Contains("1 article without a publication day or a day in its text is not in the chart (3 of 4 charted)", html);
    }

    [Fact]
    public void Coverage_edge_labels_stay_inside_the_chart()
    {
        var articles = Enumerable.Range(0, 90).Select(i => At(new DateTime(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).ToList();
        var h = new HtmlWriter();
        CoverageChart.Write(h, articles);
        foreach (var (x, anchor, text) in Labels(h.ToString()))
        {
            double width = text.Length * TimelineChart.CharWidth;
            double left = anchor == "end" ? x - width : anchor == "middle" ? x - width / 2 : x;
            Assert.True(left >= 0 && left + width <= 720, $"'{text}' at {x} ({anchor}) runs out of the chart");
        }
    }

    private static IEnumerable<(double X, string Anchor, string Text)> Labels(string svg) =>
        Label().Matches(svg).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value,
            System.Net.WebUtility.HtmlDecode(m.Groups[3].Value)));

    [GeneratedRegex("<text[^>]*?x=\"([0-9.\\-]+)\"[^>]*?text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>")]
    private static partial Regex Label();
}
