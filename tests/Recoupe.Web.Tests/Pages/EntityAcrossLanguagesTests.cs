using Recoupe.Model;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>An entity page gathers one person or place across languages: "Netanyahu" and "Netanyahou", "Germany" and "Allemagne".</summary>
public sealed class EntityAcrossLanguagesTests
{
    [Fact]
    public async Task Entity_page_finds_the_french_and_english_spellings_of_one_name()
    {
        await using var server = await RunningServer.StartAsync();
        long french, english, other;
        using (var store = server.OpenStore())
        {
            (_, french) = DirectStore.Add(store, "Benyamin Netanyahou reçoit une délégation. L'Allemagne confirme.", outlet: "Le Courrier", published: "2024-03-01T08:00");
            store.SaveBrief(store.GetBrief(french)! with
            {
                Entities = [new BriefEntity("Benyamin Netanyahou", "person", ["Benyamin Netanyahou", "Netanyahou"], 3), new BriefEntity("Allemagne", "place", ["Allemagne"], 2)],
            });
            (_, english) = DirectStore.Add(store, "Benjamin Netanyahu receives a delegation. Germany confirms.", outlet: "Daily Wire", published: "2024-03-01T09:00");
            store.SaveBrief(store.GetBrief(english)! with
            {
                Entities = [new BriefEntity("Benjamin Netanyahu", "person", ["Benjamin Netanyahu", "Netanyahu"], 3), new BriefEntity("Germany", "place", ["Germany"], 2)],
            });
            (_, other) = DirectStore.Add(store, "Le conseil municipal vote le budget. Rien de neuf.", outlet: "Le Courrier", published: "2024-03-02T08:00");
            store.SaveBrief(store.GetBrief(other)! with { Entities = [new BriefEntity("Paul Arnaud", "person", ["Paul Arnaud"], 2)] });
        }

        foreach (var name in new[] { "Netanyahu", "Netanyahou" })
        {
            var html = await server.Client.GetStringAsync("entities/" + Uri.EscapeDataString(name));
            Assert.Contains($"href=\"/stories/{french}\"", html);
            Assert.Contains($"href=\"/stories/{english}\"", html);
            Assert.DoesNotContain($"href=\"/stories/{other}\"", html);
        }
        var place = await server.Client.GetStringAsync("entities/" + Uri.EscapeDataString("Germany"));
        Assert.Contains($"href=\"/stories/{french}\"", place);
        Assert.Contains($"href=\"/stories/{english}\"", place);
    }
}
