using System.Net;
using System.Text.Json;
using Recoupe.Model;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Api;

/// <summary>Every entity of a story, in the brief JSON, paged in the API, and on the story page.</summary>
public sealed class EntityApiTests
{
    private static readonly string[] Starts = ["Ba", "Ce", "Di", "Fo", "Gu"];
    private static readonly string[] Ends = ["rand", "mont", "lier", "voix", "zac", "nel", "ton", "quet", "vin"];

    /// <summary>The sample brief with 45 invented people (more than any page of the API holds by default here).</summary>
    private static async Task<(RunningServer Server, Brief Brief)> ServerWithManyEntities()
    {
        var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        using var store = server.OpenStore();
        var sample = SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);
        var people = Starts.SelectMany(s => Ends.Select(e => "Lou " + s + e)).ToList();
        var brief = sample with
        {
            Entities = [.. people.Select((p, i) => new BriefEntity(p, "person", [p], 100 - i, i % 2 == 0 ? "maire" : null) { Quotes = i % 3 })],
        };
        store.SaveBrief(brief);
        return (server, brief);
    }

    [Fact]
    public async Task The_api_pages_through_every_entity_with_counts_and_roles()
    {
        var (server, brief) = await ServerWithManyEntities();
        await using var running = server;

        var names = new List<string>();
        for (int offset = 0; ; offset += 20)
        {
            using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{brief.Id}/entities?limit=20&offset={offset}"));
            var root = doc.RootElement;
            Assert.Equal(45, root.GetProperty("total").GetInt32());
            var page = root.GetProperty("entities").EnumerateArray().ToList();
            foreach (var e in page)
            {
                Assert.True(e.GetProperty("mentions").GetInt32() > 0);
                Assert.True(e.TryGetProperty("role", out _));
                Assert.True(e.TryGetProperty("quotes", out _));
                names.Add(e.GetProperty("name").GetString()!);
            }
            if (page.Count < 20) break;
        }
        Assert.Equal(brief.Entities.Select(e => e.Name), names);

        using var people = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{brief.Id}/entities?type=person&limit=1000"));
        Assert.Equal(45, people.RootElement.GetProperty("entities").GetArrayLength());
        using var whole = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{brief.Id}"));
        Assert.Equal(45, whole.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Theory]
    [InlineData("limit=abc")]
    [InlineData("limit=0")]
    [InlineData("offset=-3")]
    [InlineData("type=planet")]
    public async Task Bad_paging_values_are_a_400_with_the_reason(string query)
    {
        var (server, brief) = await ServerWithManyEntities();
        await using var running = server;
        var response = await server.Client.GetAsync($"api/stories/{brief.Id}/entities?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(query.Split('=')[0], doc.RootElement.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("api/stories/999/entities")).StatusCode);
    }

    [Fact]
    public async Task The_story_page_lists_every_entity_with_its_role_and_quotations()
    {
        var (server, brief) = await ServerWithManyEntities();
        await using var running = server;
        var html = await server.Client.GetStringAsync($"stories/{brief.Id}");
        foreach (var e in brief.Entities) Assert.Contains($">{e.Name} · {e.Mentions}<", html);
        Assert.Contains("People (45)", html);
        Assert.Contains(", maire", html);
        Assert.Contains("2 quotations", html);
    }

    [Fact]
    public async Task A_capital_linked_to_its_country_is_shown_as_such()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        using (var store = server.OpenStore())
        {
            var sample = SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);
            store.SaveBrief(sample with
            {
                Entities = [new BriefEntity("Norvège", "place", ["Norvège"], 5), new BriefEntity("Oslo", "place", ["Oslo"], 3) { StandsFor = "Norvège" }],
            });
        }
        var html = await server.Client.GetStringAsync($"stories/{outcomes[1].StoryId}");
        Assert.Contains(">Oslo · 3<", html);
        Assert.Contains("also stands for the government of Norvège", html);
    }

    [Fact]
    public async Task The_real_seed_brief_lists_every_speaker_among_its_entities()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        foreach (var storyId in outcomes.Select(o => o.StoryId!.Value).Distinct())
        {
            using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{storyId}"));
            var entities = doc.RootElement.GetProperty("entities").EnumerateArray()
                .SelectMany(e => e.GetProperty("variants").EnumerateArray().Select(v => v.GetString()).Append(e.GetProperty("name").GetString()))
                .ToHashSet();
            var speakers = doc.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("speaker").GetString()).Distinct().ToList();
            Assert.All(speakers, s => Assert.Contains(s, entities));
            var spoken = doc.RootElement.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("quotes").GetInt32() > 0).ToList();
            Assert.Equal(speakers.Count > 0, spoken.Count > 0);
        }
    }
}
