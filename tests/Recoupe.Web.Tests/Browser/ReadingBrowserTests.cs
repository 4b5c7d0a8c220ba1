using Microsoft.Playwright;
using Recoupe.Model;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Browser;

/// <summary>What a reader trips on, checked in a real browser: clipped chart labels, undated articles, search marks, the list's end.</summary>
public sealed class ReadingBrowserTests : BrowserTest
{
    [Fact]
    public async Task Chart_labels_stay_inside_their_charts_and_the_page_reads_as_a_reader_needs()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        long storyId;
        using (var store = server.OpenStore())
        {
            var brief = SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);
            var longText = "Les délégations se retrouvent pour une série de réunions techniques sur les livraisons et les paiements";
            var sources = brief.Timeline[0].Sources;
            // Events spread over the axis, each with a label far longer than the room beside its mark.
            brief = brief with
            {
                Timeline = [.. new[] { "2023-01-02", "2023-04-20", "2023-06-30", "2023-08-10", "2023-12-30" }.Select(d => new TimelineEvent(d, "day", longText, sources))],
                Articles = [.. brief.Articles, new BriefArticle(999, "Sans date", "Un article sans date", null, "fr", "x.txt", null)],
            };
            store.SaveBrief(brief);
            storyId = brief.Id;
        }

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        await page.GotoAsync(server.BaseAddress + $"stories/{storyId}");
        // Each label's drawn box, in the chart's own units, against the chart's viewBox.
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('svg.timeline text, svg.coverage text')].flatMap(t => {
              const vb = t.ownerSVGElement.viewBox.baseVal, b = t.getBBox();
              return b.x < vb.x - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ? [t.textContent + ' ' + b.x + '+' + b.width] : [];
            })
            """);
        Assert.Empty(outside);
        Assert.True(await page.Locator("svg.timeline text").CountAsync() >= 5);
        Assert.Contains("1 article without a publication day or a day in its text is not in the chart", await page.Locator("p.undated").InnerTextAsync());

        await page.GotoAsync(server.BaseAddress + "search?q=le");
        var marks = await page.Locator("mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("le", m.ToLowerInvariant()));

        await page.GotoAsync(server.BaseAddress + "?page=4");
        Assert.Contains("past the end", await page.Locator("p.past-end").InnerTextAsync());
        await page.ClickAsync("p.past-end a");
        Assert.Equal(1, await page.Locator("table.stories").CountAsync());
    }
}
