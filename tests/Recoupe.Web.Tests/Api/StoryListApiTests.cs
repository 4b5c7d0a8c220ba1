using System.Net;
using System.Text.Json;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Api;

/// <summary>GET /api/stories as a client pages through it: totals, offsets, and bad values refused with a reason.</summary>
public sealed class StoryListApiTests
{
    private static async Task<RunningServer> WithStoriesAsync(int n)
    {
        var server = await RunningServer.StartAsync();
        using var store = server.OpenStore();
        for (int i = 0; i < n; i++)
            DirectStore.Add(store, $"Le marché aux puces numéro {i} ouvre ses portes. Les exposants arrivent.", outlet: $"Gazette {i}", published: $"2024-03-{10 + i:00}");
        return server;
    }

    [Fact]
    public async Task The_list_says_how_many_stories_match_and_where_the_page_starts()
    {
        await using var server = await WithStoriesAsync(3);
        using var page = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?limit=2&offset=1"));
        var root = page.RootElement;
        Assert.Equal(3, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("offset").GetInt32());
        Assert.Equal(2, root.GetProperty("limit").GetInt32());
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        Assert.Equal(2, root.GetProperty("stories").GetArrayLength());

        using var past = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?offset=10"));
        Assert.Equal(0, past.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(3, past.RootElement.GetProperty("total").GetInt32());

        using var filtered = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?from=2024-03-11"));
        Assert.Equal(2, filtered.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("from=bad", "from")]
    [InlineData("to=2024-13-01", "to")]
    [InlineData("from=2024-03-12&to=2024-03-01", "after")]
    [InlineData("lang=%3Cscript%3E", "lang")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("offset=x", "offset")]
    public async Task A_filter_or_paging_value_that_cannot_be_read_is_a_400_with_its_reason(string query, string reason)
    {
        await using var server = await WithStoriesAsync(1);
        using var response = await server.Client.GetAsync("api/stories?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, doc.RootElement.GetProperty("error").GetString());
    }
}
