using System.Net;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>The pages as HTML over HTTP (the browser tests look at them rendered).</summary>
public sealed class PagesOverHttpTests
{
    [Fact]
    public async Task Story_list_shows_activity_size_outlets_and_languages_and_filters()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        using (var store = server.OpenStore()) SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);

        var html = await server.Client.GetStringAsync("");
        Assert.Contains("North Korea–Russia arms talks", html);
        Assert.Contains("2023-09-11", html); // last seen
        Assert.Contains("Le Quotidien", html);
        Assert.Contains("Info &lt;Direct&gt;", html);
        Assert.Contains(">fr<", html);
        Assert.Contains("href=\"/entities/Kim%20Jong%20Un\"", html);

        var filtered = await server.Client.GetStringAsync("?entity=" + Uri.EscapeDataString("Radcliff") + "&lang=fr");
        Assert.Contains("North Korea–Russia arms talks", filtered);
        var none = await server.Client.GetStringAsync("?lang=en");
        Assert.Contains("No story matches these filters.", none);
    }

    [Fact]
    public async Task Story_list_flags_a_story_growing_fast()
    {
        await using var server = await RunningServer.StartAsync();
        using (var store = server.OpenStore())
        {
            var (_, volcano) = DirectStore.Add(store, "Le volcan entre en éruption. Premières évacuations.", outlet: "A", published: "2023-10-01T08:00");
            for (int i = 0; i < 3; i++)
                DirectStore.Add(store, $"Le volcan force l'évacuation de {i + 2}00 habitants. Mise à jour.", volcano, outlet: $"B{i}", published: $"2023-10-08T{10 + i}:00");
            var (_, quiet) = DirectStore.Add(store, "Le conseil municipal vote le budget. Rien de neuf.", outlet: "C", published: "2023-10-08T09:00");
            DirectStore.Add(store, "Le budget municipal est publié. Détails.", quiet, outlet: "D", published: "2023-10-05T09:00");
        }
        var html = await server.Client.GetStringAsync("");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "class=\"badge breaking\""));
        int badge = html.IndexOf("class=\"badge breaking\"", StringComparison.Ordinal);
        Assert.True(html.LastIndexOf("Le volcan", badge, StringComparison.Ordinal) > html.LastIndexOf("<tr>", badge, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Story_page_renders_the_full_brief_with_cited_links()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        Recoupe.Model.Brief brief;
        using (var store = server.OpenStore()) brief = SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);

        var html = await server.Client.GetStringAsync($"stories/{brief.Id}");
        var cite = brief.Conflicts[0].Claims[0].Sources[0];
        Assert.Contains($"href=\"/articles/{cite.ArticleId}#c-{cite.Start}-{cite.End}\"", html);
        Assert.Contains("3 independent sources", html);
        Assert.Contains("class=\"claim\"", html);
        Assert.Contains("Owen Radcliff", html);
        Assert.Contains("<svg", html);

        var article = await server.Client.GetStringAsync($"articles/{cite.ArticleId}");
        Assert.Contains($"id=\"c-{cite.Start}-{cite.End}\"", article);
    }

    [Fact]
    public async Task Story_page_renders_every_conflict_the_real_pipeline_finds()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        foreach (var storyId in outcomes.Select(o => o.StoryId!.Value).Distinct())
        {
            Recoupe.Model.Brief brief;
            using (var store = server.OpenStore()) brief = store.GetBrief(storyId)!;
            var html = await server.Client.GetStringAsync($"stories/{storyId}");
            foreach (var claim in brief.Conflicts.SelectMany(c => c.Claims))
                Assert.Contains(Recoupe.Web.Html.HtmlWriter.Escape(claim.Value), html);
            foreach (var fact in brief.Facts)
                Assert.Contains(Recoupe.Web.Html.HtmlWriter.Escape(fact.Statement), html);
        }
    }

    [Fact]
    public async Task Merged_story_ids_redirect_to_the_story_they_became()
    {
        await using var server = await RunningServer.StartAsync();
        using var store = server.OpenStore();
        var (_, first) = DirectStore.Add(store, "Le Parlement adopte la réforme des retraites. Débat houleux.");
        var (_, second) = DirectStore.Add(store, "Un match de football se termine sur un score nul. Stade plein.");
        store.MergeStories(second, first);

        var response = await server.Client.GetAsync($"stories/{second}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/stories/{first}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unknown_pages_are_404()
    {
        await using var server = await RunningServer.StartAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("stories/5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("articles/5")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("entities/Personne")).StatusCode);
    }

    [Fact]
    public async Task Entity_page_lists_a_persons_quotes_and_stories()
    {
        await using var server = await RunningServer.StartAsync();
        var outcomes = await SeedCorpus.PostAsync(server);
        using (var store = server.OpenStore()) SampleBrief.Save(store, outcomes[1].ArticleId!.Value, outcomes[3].ArticleId!.Value);

        var html = await server.Client.GetStringAsync("entities/" + Uri.EscapeDataString("owen radcliff"));
        Assert.Contains("<h1>Owen Radcliff</h1>", html);
        Assert.Contains("Any such deal would carry a cost for both sides.", html);
        Assert.Contains("North Korea–Russia arms talks", html);
        var byVariant = await server.Client.GetStringAsync("entities/Poutine");
        Assert.Contains("<h1>Vladimir Putin</h1>", byVariant);
    }

    [Fact]
    public async Task Search_page_marks_the_words_found()
    {
        await using var server = await RunningServer.StartAsync();
        await SeedCorpus.PostAsync(server);
        var html = await server.Client.GetStringAsync("search?q=" + Uri.EscapeDataString("Pyongyang"));
        Assert.Contains("<mark class=\"m-quote\">Pyongyang</mark>", html);
        Assert.Contains("value=\"Pyongyang\"", html);
        var empty = await server.Client.GetStringAsync("search?q=%22%3E%3Cscript%3E");
        Assert.DoesNotContain("<script>", empty);
    }
}
