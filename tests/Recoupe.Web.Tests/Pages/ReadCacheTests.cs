using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>Cached pages never outlive a change of the store: a new article, a saved brief, a merge all show at once.</summary>
public sealed class ReadCacheTests
{
    [Fact]
    public async Task List_story_page_and_api_show_every_commit_made_after_they_were_cached()
    {
        await using var server = await RunningServer.StartAsync();
        long story;
        using (var store = server.OpenStore())
            (_, story) = DirectStore.Add(store, "La piscine municipale ferme pour travaux. Réouverture prévue en mai.", outlet: "Le Courrier", published: "2024-03-01T08:00");

        var list = await server.Client.GetStringAsync("");
        Assert.Equal(list, await server.Client.GetStringAsync("")); // answered twice alike (the second from the cache)
        Assert.DoesNotContain("Le marché de Noël", list);
        var page = await server.Client.GetStringAsync($"stories/{story}");
        var api = await server.Client.GetStringAsync($"api/stories/{story}");

        // A write by another connection: a new story and a new article in the first one.
        using (var store = server.OpenStore())
        {
            DirectStore.Add(store, "Le marché de Noël ouvre ses portes. Quarante chalets installés.", outlet: "Radio Vallée", published: "2024-03-02T08:00");
            DirectStore.Add(store, "Travaux à la piscine municipale : réouverture en mai. Les nageurs patientent.", story, outlet: "Radio Vallée", published: "2024-03-02T09:00");
        }

        Assert.Contains("Le marché de Noël", await server.Client.GetStringAsync(""));
        Assert.Contains("Le marché de Noël", await server.Client.GetStringAsync("api/stories"));
        var pageAfter = await server.Client.GetStringAsync($"stories/{story}");
        Assert.NotEqual(page, pageAfter);
        Assert.Contains("Radio Vallée", pageAfter);
        Assert.Contains("Radio Vallée", await server.Client.GetStringAsync($"api/stories/{story}"));
        Assert.DoesNotContain("Radio Vallée", api);
    }
}
