using System.Net;
using System.Text.Json;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Api;

public sealed class IngestApiTests
{
    private const string Article = "Le Parlement a adopté mardi la réforme des retraites après un long débat. " +
        "Le ministre du Travail a salué « une étape importante » pour le pays. L'opposition annonce un recours.";

    private static async Task<JsonElement> Body(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Posting_text_adds_then_reports_unchanged()
    {
        await using var server = await RunningServer.StartAsync();

        var first = await server.PostAsync(Article, "text/plain; charset=utf-8");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var added = await Body(first);
        Assert.Equal(1, added.GetProperty("added").GetInt32());
        var outcome = added.GetProperty("outcomes")[0];
        Assert.Equal("added", outcome.GetProperty("status").GetString());
        var articleId = outcome.GetProperty("article_id").GetInt64();

        var again = await server.PostAsync(Article, "text/plain");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await Body(again)).GetProperty("outcomes")[0].GetProperty("status").GetString());

        using var store = server.OpenStore();
        Assert.NotNull(store.GetArticle(articleId));
        Assert.Equal(1, store.Counts().Articles);
    }

    [Fact]
    public async Task Posting_html_uses_the_html_extractor_and_query_hints()
    {
        await using var server = await RunningServer.StartAsync();
        var html = "<html><head><title>Réforme adoptée</title></head><body><nav>Menu Accueil</nav><article><p>" + Article + "</p></article></body></html>";

        var response = await server.PostAsync(html, "text/html", query: "?input=https%3A%2F%2Fnews.example%2Fa&outlet=Le%20Quotidien");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await Body(response)).GetProperty("outcomes")[0].GetProperty("article_id").GetInt64();

        using var store = server.OpenStore();
        var article = store.GetArticle(id)!.Article;
        Assert.Equal("https://news.example/a", article.Input);
        Assert.Equal(Recoupe.Model.InputKind.Html, store.GetInput(article.ContentHash)!.Kind);
        Assert.Contains("réforme des retraites", article.Text);
    }

    [Fact]
    public async Task Posting_json_lines_reports_each_line()
    {
        await using var server = await RunningServer.StartAsync();
        var body = JsonSerializer.Serialize(new { text = Article, outlet = "Radio Est", published = "2023-09-05" }) + "\n{not json\n";

        var response = await server.PostAsync(body, "application/x-ndjson");
        var json = await Body(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        Assert.Equal(1, json.GetProperty("added").GetInt32());
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        var rejected = json.GetProperty("outcomes").EnumerateArray().Single(o => o.GetProperty("status").GetString() == "rejected");
        Assert.Contains("JSON", rejected.GetProperty("reason").GetString());

        var jsonl = await server.PostAsync(JsonSerializer.Serialize(new { text = Article + " Deuxième version." }), "application/jsonl");
        Assert.Equal(HttpStatusCode.Created, jsonl.StatusCode);
    }

    [Fact]
    public async Task Only_rejected_inputs_answer_422()
    {
        await using var server = await RunningServer.StartAsync();
        var empty = await server.PostAsync("", "text/plain");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var badLines = await server.PostAsync("{oops\n[1,2]\n", "application/x-ndjson");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLines.StatusCode);
        Assert.Equal(2, (await Body(badLines)).GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task Unknown_content_type_is_415()
    {
        await using var server = await RunningServer.StartAsync();
        var response = await server.PostAsync(Article, "application/pdf");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var server = await RunningServer.StartAsync(maxBodyBytes: 1000);
        var response = await server.PostAsync(string.Concat(Enumerable.Repeat(Article, 20)), "text/plain");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var store = server.OpenStore();
        Assert.Equal(0, store.Counts().Inputs);
    }

    [Fact]
    public async Task Concurrent_posts_are_all_stored()
    {
        await using var server = await RunningServer.StartAsync();
        var posts = Enumerable.Range(0, 6).Select(i => server.PostAsync($"{Article} Mise à jour numéro {i} : le texte change ici.", "text/plain")).ToList();
        var responses = await Task.WhenAll(posts);
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        using var store = server.OpenStore();
        Assert.Equal(6, store.Counts().Inputs);
    }

    [Fact]
    public async Task A_lone_surrogate_in_posted_json_lines_is_stored_not_a_500()
    {
        await using var server = await RunningServer.StartAsync();
        var body = "{\"title\": \"Titre \\ud800\", \"outlet\": \"Radio\\udc00\", \"text\": \"Un mot \\ud800 cassé. " + Article + "\"}\n{\"text\": \"\\udfff\"}\n";
        var response = await server.PostAsync(body, "application/x-ndjson");
        var json = await Body(response);
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToString());
        Assert.Equal(1, json.GetProperty("added").GetInt32());
        Assert.Equal(1, json.GetProperty("rejected").GetInt32());
        using var store = server.OpenStore();
        Assert.Equal("Radio\uFFFD", store.GetArticle(json.GetProperty("outcomes")[0].GetProperty("article_id").GetInt64())!.Article.Outlet);
    }

    [Fact]
    public async Task A_deeply_nested_page_is_ingested_without_holding_up_another_post()
    {
        await using var server = await RunningServer.StartAsync();
        var deep = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + Article + "</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var nested = server.PostAsync(deep, "text/html");
        var plain = server.PostAsync(Article + " Une autre version du texte.", "text/plain");
        Assert.Equal(HttpStatusCode.Created, (await plain).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await nested).StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"{clock.Elapsed}");
    }

    [Fact]
    public async Task A_batch_not_done_within_the_wait_answers_202_with_a_job_to_poll()
    {
        await using var server = await RunningServer.StartAsync(configure: o => o with { IngestWait = TimeSpan.Zero });
        var response = await server.PostAsync(Article, "text/plain");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = (await Body(response)).GetProperty("location").GetString()!;
        JsonElement job;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(100);
            var poll = await server.Client.GetAsync(location.TrimStart('/'));
            Assert.True(poll.IsSuccessStatusCode, poll.StatusCode.ToString());
            job = await Body(poll);
        }
        while (job.GetProperty("status").GetString() != "done" && DateTime.UtcNow < deadline);
        Assert.Equal(1, job.GetProperty("added").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("api/ingest/999999")).StatusCode);
    }
}
