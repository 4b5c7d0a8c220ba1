using Recoupe.Model;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>An entity page gathers one person or place across languages: "Putin" and "Poutine", "North Korea" and "Corée du Nord".</summary>
public sealed class EntityAcrossLanguagesTests
{
    [Fact]
    public async Task Entity_page_finds_the_french_and_english_spellings_of_one_name()
    {
        await using var server = await RunningServer.StartAsync();
        long french, english, other;
        using (var store = server.OpenStore())
        {
            (_, french) = DirectStore.Add(store, "Vladimir Poutine reçoit une délégation. La Corée du Nord confirme.", outlet: "Le Courrier", published: "2024-03-01T08:00");
            store.SaveBrief(store.GetBrief(french)! with
            {
                Entities = [new BriefEntity("Vladimir Poutine", "person", ["Vladimir Poutine", "Poutine"], 3), new BriefEntity("Corée du Nord", "place", ["Corée du Nord"], 2)],
            });
            (_, english) = DirectStore.Add(store, "Vladimir Putin receives a delegation. North Korea confirms.", outlet: "Daily Wire", published: "2024-03-01T09:00");
            store.SaveBrief(store.GetBrief(english)! with
            {
                Entities = [new BriefEntity("Vladimir Putin", "person", ["Vladimir Putin", "Putin"], 3), new BriefEntity("North Korea", "place", ["North Korea"], 2)],
            });
            (_, other) = DirectStore.Add(store, "Le conseil municipal vote le budget. Rien de neuf.", outlet: "Le Courrier", published: "2024-03-02T08:00");
            store.SaveBrief(store.GetBrief(other)! with { Entities = [new BriefEntity("Paul Arnaud", "person", ["Paul Arnaud"], 2)] });
        }

        foreach (var name in new[] { "Putin", "Poutine" })
        {
            var html = await server.Client.GetStringAsync("entities/" + Uri.EscapeDataString(name));
            Assert.Contains($"href=\"/stories/{french}\"", html);
            Assert.Contains($"href=\"/stories/{english}\"", html);
            Assert.DoesNotContain($"href=\"/stories/{other}\"", html);
        }
        var place = await server.Client.GetStringAsync("entities/" + Uri.EscapeDataString("North Korea"));
        Assert.Contains($"href=\"/stories/{french}\"", place);
        Assert.Contains($"href=\"/stories/{english}\"", place);
    }
}
