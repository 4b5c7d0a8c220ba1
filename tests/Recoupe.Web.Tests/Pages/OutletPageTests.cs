using System.Collections.Immutable;
using System.Net;
using Recoupe.Model;
using Recoupe.Web.Queries;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>/outlets/{name}: what an outlet covered, how often first, how often on the minority side of a conflict.</summary>
public sealed class OutletPageTests
{
    [Fact]
    public async Task Outlet_page_counts_stories_first_reports_and_is_linked_from_the_story()
    {
        await using var server = await RunningServer.StartAsync();
        long ferry, fair;
        using (var store = server.OpenStore())
        {
            (_, ferry) = DirectStore.Add(store, "Le bac reprend ses rotations. Les horaires changent.", outlet: "Le Courrier", published: "2024-04-01T07:00");
            DirectStore.Add(store, "Les rotations du bac reprennent. Horaires modifiés.", ferry, outlet: "Radio <Vallée>", published: "2024-04-01T09:00");
            (_, fair) = DirectStore.Add(store, "La foire ouvre samedi. Deux cents exposants.", outlet: "Radio <Vallée>", published: "2024-04-03T07:00");
            DirectStore.Add(store, "Deux cents exposants à la foire. Ouverture samedi.", fair, outlet: "le courrier", published: "2024-04-03T10:00");
        }

        var story = await server.Client.GetStringAsync($"stories/{ferry}");
        Assert.Contains("href=\"/outlets/Radio%20%3CVall%C3%A9e%3E\"", story);

        var html = await server.Client.GetStringAsync("outlets/" + Uri.EscapeDataString("LE COURRIER"));
        Assert.Contains("2 articles in 2 stories · first to report 1 of 2", html);
        var radio = await server.Client.GetStringAsync("outlets/" + Uri.EscapeDataString("Radio <Vallée>"));
        Assert.Contains("<h1>Radio &lt;Vallée&gt;</h1>", radio);
        Assert.DoesNotContain("<Vallée>", radio);
        Assert.Contains("first to report 1 of 2", radio);

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("outlets/Nobody%20Here")).StatusCode);
    }

    [Fact]
    public void An_outlet_alone_against_two_others_is_on_the_minority_side()
    {
        var dir = Directory.CreateTempSubdirectory("recoupe-outlet-").FullName;
        try
        {
            using var store = new Recoupe.Storage.SqliteStore(Path.Combine(dir, "s.db"));
            var (a, story) = DirectStore.Add(store, "Le stade accueillera 40 000 spectateurs. Travaux finis.", outlet: "Alpha", published: "2024-02-01T08:00");
            var (b, _) = DirectStore.Add(store, "Le stade accueillera 42 000 spectateurs. Travaux finis.", story, outlet: "Bêta", published: "2024-02-01T09:00");
            var (c, _) = DirectStore.Add(store, "Le stade pourra recevoir 42 000 spectateurs. Fin des travaux.", story, outlet: "Gamma", published: "2024-02-01T10:00");
            var brief = store.GetBrief(story)!;
            var conflict = new Conflict("capacité du stade", [Claim("40 000", a), Claim("42 000", b, c)]);
            store.SaveBrief(brief with { Conflicts = [conflict] });

            var alpha = OutletLookup.Find(store, "alpha")!;
            Assert.Equal((1, 1, 1), (alpha.Conflicts, alpha.MinoritySide, alpha.First));
            var beta = OutletLookup.Find(store, "beta")!;
            Assert.Equal((1, 0, 0), (beta.Conflicts, beta.MinoritySide, beta.First));
            Assert.Null(OutletLookup.Find(store, "Delta"));
        }
        finally { Directory.Delete(dir, true); }
    }

    private static Claim Claim(string value, params long[] articles) =>
        new(value, [.. articles.Select(id => new SourceSpan(id, 0, 10))]);
}
