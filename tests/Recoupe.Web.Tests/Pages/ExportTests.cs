using System.Net;
using System.Text.Json;
using Recoupe.Web.Pages;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>A brief taken away from the story page: Markdown, HTML, JSON, sources as CSV, and a print view.</summary>
public sealed class ExportTests
{
    [Fact]
    public async Task Story_page_links_every_export_and_each_answers_as_a_named_download()
    {
        await using var server = await RunningServer.StartAsync();
        long story = TwoArticleStory(server,
            ("Le barrage cède après trois jours de pluie. Les secours évacuent la vallée.", "Le Courrier", "2024-03-02T08:00"),
            ("Les secours évacuent la vallée après la rupture du barrage. Deux villages sont touchés.", "La Dépêche", "2024-03-02T11:00"));

        var page = await server.Client.GetStringAsync($"stories/{story}");
        foreach (var (suffix, _) in ExportRoutes.Formats)
            Assert.Contains($"href=\"/stories/{story}/{suffix}\"", page);

        var md = await server.Client.GetAsync($"stories/{story}/brief.md");
        Assert.Equal(HttpStatusCode.OK, md.StatusCode);
        Assert.Equal("text/markdown", md.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"recoupe-story-{story}.md", md.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        Assert.Contains("Le barrage cède", await md.Content.ReadAsStringAsync());

        var html = await server.Client.GetAsync($"stories/{story}/brief.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("<!", (await html.Content.ReadAsStringAsync()).TrimStart());

        // The JSON export is the API's story contract, whole.
        var exported = JsonDocument.Parse(await server.Client.GetStringAsync($"stories/{story}/brief.json"));
        var api = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{story}"));
        Assert.True(JsonElement.DeepEquals(api.RootElement, exported.RootElement));
    }

    [Fact]
    public async Task Sources_csv_lists_every_article_once_and_neutralises_formulas_from_scraped_titles()
    {
        await using var server = await RunningServer.StartAsync();
            // DirectStore takes the title from the first sentence: an outlet's page could start with anything.
        long story = TwoArticleStory(server,
            ("=HYPERLINK(\"http://evil\",\"clic\"), dit le titre. La crue monte encore.", "@Veille", "2024-03-02T08:00"),
            ("La crue monte encore, selon la préfecture, la digue, tient. Les routes sont fermées.", "Le Courrier, édition du soir", "2024-03-03T09:00"));

        var response = await server.Client.GetAsync($"stories/{story}/sources.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", SourcesCsv.Header), lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("1,") || l.StartsWith("2,"));
        Assert.DoesNotContain(lines.Skip(1), l => l.Split(',')[2].StartsWith('@') || l.Contains(",\"=") || l.Contains(",="));
        Assert.Contains(lines, l => l.Contains("'@Veille"));
        Assert.Contains(lines, l => l.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"clic\"\"), dit le titre\""));
        Assert.Contains(lines, l => l.Contains("\"Le Courrier, édition du soir\""));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("-2", "'-2")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void A_csv_field_is_quoted_and_never_a_formula(string value, string expected) =>
        Assert.Equal(expected, SourcesCsv.Field(value));

    [Fact]
    public async Task Print_view_has_no_navigation_and_lists_the_numbered_sources()
    {
        await using var server = await RunningServer.StartAsync();
        long story = TwoArticleStory(server,
            ("Le tunnel rouvre lundi après six mois de travaux. Le trafic reprend.", "Le Courrier", "2024-05-06T08:00"),
            ("Le trafic reprend dans le tunnel rouvert. Les travaux ont duré six mois.", "Radio Vallée", "2024-05-06T10:00"));
        var print = await server.Client.GetStringAsync($"stories/{story}/print");
        Assert.DoesNotContain("<header class=\"top\"", print);
        Assert.DoesNotContain("class=\"meta exports\"", print);
        Assert.Contains("<body class=\"print\">", print);
        Assert.Contains("id=\"sources\"", print);
        Assert.Contains("<ol class=\"sources\"><li><strong>", print);
        Assert.Contains("Radio Vallée", print);

        var normal = await server.Client.GetStringAsync($"stories/{story}");
        Assert.Contains("<header class=\"top\"", normal);
        Assert.DoesNotContain("id=\"sources\"", normal);
    }

    [Fact]
    public async Task Exports_of_a_missing_story_are_404()
    {
        await using var server = await RunningServer.StartAsync();
        foreach (var (suffix, _) in ExportRoutes.Formats)
            Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"stories/987654/{suffix}")).StatusCode);
    }

    /// <summary>A story of two articles written straight into the server's store: (text, outlet, publication time) each.</summary>
    private static long TwoArticleStory(RunningServer server, (string Text, string Outlet, string Published) first, (string Text, string Outlet, string Published) second)
    {
        using var store = server.OpenStore();
        var (_, story) = DirectStore.Add(store, first.Text, outlet: first.Outlet, published: first.Published);
        DirectStore.Add(store, second.Text, story, outlet: second.Outlet, published: second.Published);
        return story;
    }
}
