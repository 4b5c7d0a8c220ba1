using Microsoft.Playwright;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Browser;

/// <summary>Real-browser tests: the pages as a reader sees them, and scraped payloads that must stay text.</summary>
public sealed class BrowserTests : BrowserTest
{
    private async Task<IPage> NewPageAsync(List<string> dialogs)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        page.Dialog += (_, dialog) => { dialogs.Add(dialog.Message); _ = dialog.DismissAsync(); };
        return page;
    }

    [Fact]
    public async Task Story_page_shows_the_july_august_conflict_side_by_side()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        long julyArticle = outcomes[1].ArticleId!.Value, augustArticle = outcomes[3].ArticleId!.Value;
        long storyId;
        using (var store = server.OpenStore()) storyId = SampleBrief.Save(store, julyArticle, augustArticle).Id;

        var dialogs = new List<string>();
        var page = await NewPageAsync(dialogs);
        await page.GotoAsync(server.BaseAddress.ToString());
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "stories.png"), await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));
        await page.ClickAsync($"a[href='/stories/{storyId}']");
        await page.WaitForURLAsync($"**/stories/{storyId}");

        var claims = page.Locator(".conflict .claim");
        Assert.Equal(2, await claims.CountAsync());
        Assert.Contains(SampleBrief.July, await claims.Nth(0).InnerTextAsync());
        Assert.Contains(SampleBrief.August, await claims.Nth(1).InnerTextAsync());
        var july = await claims.Nth(0).BoundingBoxAsync();
        var august = await claims.Nth(1).BoundingBoxAsync();
        Assert.NotNull(july);
        Assert.NotNull(august);
        // Side by side: same row, August to the right of July.
        Assert.True(Math.Abs(july!.Y - august!.Y) < 2, $"claims not on one row: {july.Y} vs {august.Y}");
        Assert.True(august.X > july.X + july.Width - 1);
        Assert.Contains("3 independent sources", await page.Locator("#facts + ul").InnerTextAsync());
        Assert.Equal(1, await page.Locator("svg.coverage").CountAsync());
        Assert.Equal(1, await page.Locator("svg.timeline").CountAsync());

        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "story-constructed.png"), await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));

        // The July claim's source link lands on the cited span of the article, highlighted as the target.
        await claims.Nth(0).Locator("a").First.ClickAsync();
        await page.WaitForURLAsync($"**/articles/{julyArticle}#c-*");
        var target = page.Locator(".cite:target");
        Assert.Equal(1, await target.CountAsync());
        Assert.Contains("juillet", await target.InnerTextAsync());
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "article.png"), await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));
        Assert.Empty(dialogs);
    }

    /// <summary>
    /// The seeds as a user ingests them (`recoupe run samples`), through the whole real pipeline: the story
    /// list leads to the story, whose brief shows the July/August disagreement side by side. The screenshot
    /// is the README's.
    /// </summary>
    [Fact]
    public async Task The_real_seeds_story_shows_the_july_august_conflict_side_by_side()
    {
        await using var server = await RunningServer.StartAsync();
        long storyId;
        using (var store = server.OpenStore())
        {
            var report = new Recoupe.Pipeline.RecoupeEngine(Recoupe.Pipeline.RecoupePipeline.Default, store)
                .IngestAll(Recoupe.Ingest.InputCollector.Collect([RepoPaths.Seeds]));
            storyId = Assert.Single(report.TouchedStories);
        }

        var dialogs = new List<string>();
        var page = await NewPageAsync(dialogs);
        await page.GotoAsync(server.BaseAddress.ToString());
        await page.ClickAsync($"a[href='/stories/{storyId}']");
        await page.WaitForURLAsync($"**/stories/{storyId}");

        var conflict = page.Locator(".conflict").Filter(new LocatorFilterOptions { HasText = "juillet" });
        Assert.Equal(1, await conflict.CountAsync());
        var claims = conflict.Locator(".claim");
        Assert.Equal(2, await claims.CountAsync());
        var texts = new[] { await claims.Nth(0).InnerTextAsync(), await claims.Nth(1).InnerTextAsync() };
        Assert.Contains(texts, t => t.Contains("juillet"));
        Assert.Contains(texts, t => t.Contains("août"));
        var first = await claims.Nth(0).BoundingBoxAsync();
        var second = await claims.Nth(1).BoundingBoxAsync();
        Assert.True(Math.Abs(first!.Y - second!.Y) < 2, $"claims not on one row: {first.Y} vs {second.Y}");
        Assert.True(second.X > first.X + first.Width - 1);

        var shot = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "story.png"), shot);
        var docs = RepoPaths.Screenshots;
        // The README shows the top of the page: headline, summary, conflicts, the first facts.
        File.WriteAllBytes(Path.Combine(docs, "story.png"), await page.ScreenshotAsync(new PageScreenshotOptions
        {
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = 1200, Height = 1400 },
        }));
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        long storyId, articleId = outcomes[1].ArticleId!.Value;
        using (var store = server.OpenStore()) storyId = SampleBrief.Save(store, articleId, outcomes[3].ArticleId!.Value).Id;

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        foreach (var path in new[] { "", $"stories/{storyId}", $"articles/{articleId}", "entities/Kim%20Jong%20Un", "search?q=armes" })
        {
            await page.GotoAsync(server.BaseAddress + path);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"/{path} is {overflow}px wider than a phone screen");
            if (path.StartsWith("stories/", StringComparison.Ordinal))
                File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "story-phone.png"), await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true }));
        }
    }

    [Fact]
    public async Task Script_payloads_in_an_article_are_shown_as_text_and_never_run()
    {
        await using var server = await RunningServer.StartAsync();
        const string payload1 = "<script>alert('xss-script')</script>";
        const string payload2 = "<img src=x onerror=alert('xss-img')>";
        const string payload3 = "\"><svg onload=alert('xss-svg')>";
        var text = $"Le maire a présenté mardi un projet controversé de rénovation du centre-ville. {payload1} " +
                   $"Les opposants dénoncent un coût trop élevé {payload2} pour les habitants du quartier. {payload3} La séance a été levée à minuit.";
        var line = System.Text.Json.JsonSerializer.Serialize(new
        {
            text,
            title = "Rénovation <script>alert('xss-title')</script>",
            outlet = "Le <b>Bulletin</b>",
            url = "javascript:alert('xss-url')",
        });
        var response = await server.PostAsync(line + "\n", "application/x-ndjson");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        long articleId, storyId;
        using (var store = server.OpenStore())
        {
            var a = store.GetArticle(1)!.Article;
            articleId = a.Id;
            storyId = store.GetArticleStory(a.Id)!.Value;
        }

        var dialogs = new List<string>();
        var page = await NewPageAsync(dialogs);
        foreach (var path in new[] { "", $"stories/{storyId}", $"articles/{articleId}", "search?q=maire", "api/articles/" + articleId })
        {
            await page.GotoAsync(server.BaseAddress + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        await page.GotoAsync(server.BaseAddress + $"articles/{articleId}");
        var body = await page.Locator("article.text").InnerTextAsync();
        Assert.Contains(payload1, body);
        Assert.Contains(payload2, body);
        Assert.Contains(payload3, body);
        Assert.Equal(0, await page.Locator("article.text script, article.text img, article.text svg").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        Assert.Empty(dialogs);
    }
}
