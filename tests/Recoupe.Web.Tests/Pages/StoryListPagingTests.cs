using System.Net;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>The story list page past its end and with filters that cannot be read.</summary>
public sealed class StoryListPagingTests
{
    [Fact]
    public async Task A_page_past_the_end_says_so_and_links_to_the_last_page()
    {
        await using var server = await RunningServer.StartAsync();
        using (var store = server.OpenStore())
            DirectStore.Add(store, "La péniche remonte le canal du midi. Les écluses sont ouvertes.", outlet: "Écho du canal", published: "2024-05-02");

        var html = await server.Client.GetStringAsync("?page=7");
        Assert.DoesNotContain("No stories yet", html);
        Assert.Contains("Page 7 is past the end", html);
        Assert.Contains("1 story", html);
        Assert.Contains("href=\"/\"", html);

        var first = await server.Client.GetStringAsync("");
        Assert.Contains("Stories 1–1 of 1", first);
    }

    [Fact]
    public async Task An_empty_store_still_says_no_stories_yet()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Contains("No stories yet", await server.Client.GetStringAsync("?page=3"));
    }

    [Theory]
    [InlineData("from=bad", "bad from")]
    [InlineData("to=31/12/2024", "bad to")]
    [InlineData("page=-2", "bad page")]
    [InlineData("page=deux", "bad page")]
    public async Task A_filter_that_cannot_be_read_is_a_400_that_says_why(string query, string reason)
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.GetAsync("?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_reason_quotes_the_value_as_text()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.GetAsync("?from=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;img", html);
    }
}
