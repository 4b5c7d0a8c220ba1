using System.Net;
using System.Text.Json;
using Recoupe.Contracts;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Api;

public sealed class ReadApiTests
{
    [Fact]
    public async Task Story_json_is_exactly_the_brief_contract()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        var storyId = outcomes[0].StoryId!.Value;

        var json = await server.Client.GetStringAsync($"api/stories/{storyId}");

        using var store = server.OpenStore();
        Assert.Equal(BriefDocument.ToJson(store.GetBrief(storyId)!, indented: false), json);
        using var doc = JsonDocument.Parse(json);
        foreach (var field in new[] { "id", "title", "first_seen", "last_seen", "articles", "summary", "facts", "conflicts", "quotes", "entities", "timeline" })
            Assert.True(doc.RootElement.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Story_list_has_size_outlets_and_languages()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);

        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories"));
        var stories = doc.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.NotEmpty(stories);
        Assert.Equal(outcomes.Count, stories.Sum(s => s.GetProperty("article_count").GetInt32()));
        var outlets = stories.SelectMany(s => s.GetProperty("outlets").EnumerateArray().Select(o => o.GetString())).ToHashSet();
        Assert.Contains("Le Quotidien", outlets);
        Assert.All(stories, s => Assert.Contains("fr", s.GetProperty("languages").EnumerateArray().Select(l => l.GetString())));
        Assert.All(stories, s => Assert.Contains(s.GetProperty("momentum").GetString(), new[] { "steady", "growing", "breaking" }));
    }

    [Fact]
    public async Task Story_list_filters_by_language_and_date_range()
    {
        await using var server = await RunningServer.StartAsync();
        await SeedCorpus.PostAsync(server);

        async Task<int> Count(string query)
        {
            using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories" + query));
            return doc.RootElement.GetProperty("count").GetInt32();
        }

        int all = await Count("");
        Assert.True(all > 0);
        Assert.Equal(all, await Count("?lang=fr"));
        Assert.Equal(0, await Count("?lang=de"));
        Assert.Equal(all, await Count("?from=2023-09-01&to=2023-09-30"));
        Assert.Equal(0, await Count("?from=2024-01-01"));
        Assert.Equal(0, await Count("?to=2023-08-01"));
    }

    [Fact]
    public async Task Story_list_filters_by_entity_from_the_brief()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        using (var store = server.OpenStore()) SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);

        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?entity=poutine"));
        var ids = doc.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
        Assert.Contains(outcomes[1].StoryId!.Value, ids);
        using var none = JsonDocument.Parse(await server.Client.GetStringAsync("api/stories?entity=Zorglub"));
        Assert.Equal(0, none.RootElement.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Merged_story_id_answers_with_the_story_it_became()
    {
        await using var server = await RunningServer.StartAsync();
        using var store = server.OpenStore();
        var (_, first) = DirectStore.Add(store, "Le Parlement adopte la réforme des retraites. Débat houleux.");
        var (_, second) = DirectStore.Add(store, "Un match de football se termine sur un score nul. Stade plein.");
        store.MergeStories(second, first);

        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"api/stories/{second}"));
        Assert.Equal(first, doc.RootElement.GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Unknown_ids_are_404_with_a_json_error()
    {
        await using var server = await RunningServer.StartAsync();
        var story = await server.Client.GetAsync("api/stories/999");
        var article = await server.Client.GetAsync("api/articles/999");
        Assert.Equal(HttpStatusCode.NotFound, story.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, article.StatusCode);
        Assert.Contains("\"error\"", await story.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Article_json_has_the_extract_fields_and_annotations()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        var id = outcomes[0].ArticleId!.Value;

        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync($"api/articles/{id}"));
        var root = doc.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetInt64());
        Assert.Equal("Le Quotidien", root.GetProperty("outlet").GetString());
        foreach (var field in new[] { "title", "published", "author", "language", "text", "paragraphs", "removed", "story_id" })
            Assert.True(root.TryGetProperty(field, out _), field);
        var text = root.GetProperty("text").GetString()!;
        var sentences = root.GetProperty("annotations").GetProperty("sentences").EnumerateArray().ToList();
        Assert.NotEmpty(sentences);
        var s0 = sentences[0];
        Assert.Equal(s0.GetProperty("text").GetString(),
            text[s0.GetProperty("start").GetInt32()..s0.GetProperty("end").GetInt32()]);
        foreach (var kind in new[] { "entities", "quotes", "times" })
            Assert.Equal(JsonValueKind.Array, root.GetProperty("annotations").GetProperty(kind).ValueKind);
    }

    [Fact]
    public async Task Search_finds_articles_through_full_text_with_accents()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);

        using var doc = JsonDocument.Parse(await server.Client.GetStringAsync("api/search?q=" + Uri.EscapeDataString("Corée armes")));
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Contains(r.GetProperty("article_id").GetInt64(), outcomes.Select(o => o.ArticleId!.Value)));
        Assert.Contains(results, r => r.GetProperty("snippet").GetString()!.Contains("Corée", StringComparison.Ordinal));

        using var none = JsonDocument.Parse(await server.Client.GetStringAsync("api/search?q=xylophonique"));
        Assert.Empty(none.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Client.GetAsync("api/search?q=")).StatusCode);
    }

    [Fact]
    public async Task Search_treats_fts_syntax_as_words()
    {
        await using var server = await RunningServer.StartAsync();
        await SeedCorpus.PostAsync(server);
        var response = await server.Client.GetAsync("api/search?q=" + Uri.EscapeDataString("\"armes\" OR NEAR( * ) -:"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
