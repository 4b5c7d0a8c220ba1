using Microsoft.Playwright;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Browser;

/// <summary>Exports and printing as a reader meets them in a real browser: the download arrives named, paper shows no navigation.</summary>
public sealed class ExportBrowserTests : BrowserTest
{
    [Fact]
    public async Task Export_link_downloads_the_sources_and_printing_hides_navigation()
    {
        await using var server = await RunningServer.StartAsync();
        long story;
        using (var store = server.OpenStore())
        {
            (_, story) = DirectStore.Add(store, "Le pont ferme pour inspection. Les bus sont déviés.", outlet: "Le Courrier", published: "2024-06-01T08:00");
            DirectStore.Add(store, "Les bus sont déviés pendant l'inspection du pont. La mairie informe.", story, outlet: "Radio Vallée", published: "2024-06-01T09:30");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseAddress + $"stories/{story}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("p.exports a", new() { HasTextString = "Sources (CSV)" }).ClickAsync());
        Assert.Equal($"recoupe-story-{story}.sources.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var rows = (await File.ReadAllTextAsync(path)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);

        // On screen the export links and the top bar show; printed, neither does.
        Assert.True(await page.Locator("p.exports").IsVisibleAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator("p.exports").IsVisibleAsync());
        Assert.False(await page.Locator("header.top").IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        await page.Locator("p.exports a", new() { HasTextString = "Print view" }).ClickAsync();
        Assert.Equal(2, await page.Locator("ol.sources > li").CountAsync());
        Assert.Equal(0, await page.Locator("header.top").CountAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Reader_goes_from_a_story_to_an_outlet_page_and_the_pages_are_pictured()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        long storyId;
        using (var store = server.OpenStore()) storyId = SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value).Id;

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var docs = RepoPaths.Screenshots;
        var top = new PageScreenshotOptions { FullPage = true, Clip = new Clip { X = 0, Y = 0, Width = 1200, Height = 900 } };

        await page.GotoAsync(server.BaseAddress.ToString());
        File.WriteAllBytes(Path.Combine(docs, "story-list.png"), await page.ScreenshotAsync(top));

        await page.GotoAsync(server.BaseAddress + $"stories/{storyId}");
        var outlet = SeedCorpus.Outlets[1]; // the outlet of the July side of the sample conflict
        await page.Locator("table a", new() { HasTextString = outlet }).First.ClickAsync();
        await page.WaitForURLAsync("**/outlets/**");
        Assert.Equal(outlet, await page.Locator("h1").InnerTextAsync());
        Assert.Contains("first to report", await page.Locator("p.meta").Nth(1).InnerTextAsync());
        Assert.True(await page.Locator($"table a[href='/stories/{storyId}']").CountAsync() == 1);
        File.WriteAllBytes(Path.Combine(docs, "outlet.png"), await page.ScreenshotAsync(top));

        await page.GotoAsync(server.BaseAddress + "entities/Owen%20Radcliff");
        Assert.Contains("Radcliff", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("1 story", await page.Locator("p.meta").Nth(1).InnerTextAsync());
        File.WriteAllBytes(Path.Combine(docs, "entity.png"), await page.ScreenshotAsync(top));
    }
}
