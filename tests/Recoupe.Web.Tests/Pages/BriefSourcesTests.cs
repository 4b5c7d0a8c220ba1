using Recoupe.Briefs.Rendering;
using Recoupe.Cli.Rendering;
using Recoupe.Model;
using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>How a brief names, numbers and dates its sources, in every rendering.</summary>
public sealed class BriefSourcesTests
{
    private static BriefArticle Art(long id, string? outlet, string? title, string? published, string input = "/home/desk/inbox/piece.txt") =>
        new(id, outlet, title, published, "fr", input, null);

    private static SourceSpan S(long id) => new(id, 0, 5);

    /// <summary>Articles listed 1..4; the summary cites 4 then 2, a fact 3: so 4, 2, 3 are numbered first, then 1.</summary>
    private static Brief Sample(params BriefArticle[] articles) => new(
        9, "Un titre", new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 4, 9, 0, 0, 0, TimeSpan.Zero),
        [.. articles],
        [new SummarySentence("Première phrase.", [S(4), S(2)]), new SummarySentence("Deuxième phrase.", [S(2)])],
        [new Fact("Un fait.", [S(3), S(4)], 2)],
        [], [], [], []);

    private static readonly BriefArticle[] Four =
    [
        Art(1, "Le Phare", "Titre un", "2024-04"),
        Art(2, null, "La digue a cédé", "2024-04-03T22:15"),
        Art(3, null, null, "2024-04-05", input: "https://www.maree.example/articles/42"),
        Art(4, null, null, "2024-04-09"),
    ];

    [Fact]
    public void Sources_are_numbered_in_the_order_of_first_citation()
    {
        var labels = new SourceLabels(Sample(Four));
        Assert.Equal([4L, 2, 3, 1], labels.Numbered.Select(a => a.Id));
        Assert.Equal("[1][2]", labels.Tags([S(2), S(4)]));
        Assert.Equal("[#77]", labels.Tags([77L]));
    }

    [Fact]
    public void A_source_is_named_by_outlet_then_title_then_host_never_by_file_path()
    {
        var labels = new SourceLabels(Sample(Four));
        Assert.Equal("Le Phare", labels.Of(1));
        Assert.Equal("La digue a cédé", labels.Of(2));
        Assert.Equal("maree.example", labels.Of(3));
        Assert.Equal("article 4", labels.Of(4));
    }

    [Fact]
    public void The_date_range_starts_and_ends_on_days_the_sources_give()
    {
        // The month-only article stands for 2024-04-01 in the stored range: no source gives that day; it gives "2024-04".
        Assert.Equal(("2024-04", "2024-04-09"), BriefDates.Range(Four));
        Assert.Equal(("2024-03", "2024-04"), BriefDates.Range([Art(1, null, null, "2024-04"), Art(2, null, null, "2024-03")]));
        Assert.Equal(("2024-04-01", "2024-04-03"), BriefDates.Range([Art(1, null, null, "2024-04"), Art(2, null, null, "2024-04-01"), Art(3, null, null, "2024-04-03T01:00")]));
        Assert.Equal("undated", BriefDates.Text([Art(1, null, null, null)]));
    }

    [Fact]
    public void Inferred_dates_never_pass_for_dates_the_sources_give()
    {
        var dateline = Art(1, null, null, null) with { Date = "2024-03-05", DateSource = "dateline" };
        var received = Art(2, null, null, null) with { Date = "2024-06-01", DateSource = "ingested" };
        // A source that gives its date sets the range alone; the inferred ones are left out of it.
        Assert.Equal("2024-04-02", BriefDates.Text([dateline, Art(3, null, null, "2024-04-02")]));
        // None gives one: the inferred dates, said to be inferred.
        Assert.Equal("2024-03-05 → 2024-06-01 (inferred)", BriefDates.Text([dateline, received]));
        Assert.Equal("2024-03-05, dateline", ArticleDateLabel.Of(dateline));
        Assert.Equal("2024-06-01, received", ArticleDateLabel.Of(received));
    }

    [Fact]
    public void Every_rendering_names_numbers_and_dates_the_sources_alike()
    {
        var brief = Sample(Four);
        var text = BriefTextRenderer.Render(brief);
        var md = BriefMarkdownRenderer.Render(brief);
        var html = BriefHtmlRenderer.Render(brief);
        foreach (var r in new[] { text, md, html })
        {
            Assert.DoesNotContain("/home/desk", r);
            Assert.DoesNotContain("2024-04-01", r);
            Assert.Contains("2024-04-03", r);
            Assert.Contains("maree.example", r);
        }
        Assert.Contains("Première phrase. [1][2]", text);
        Assert.Contains("Un fait. [1][3]", text);
        Assert.True(text.IndexOf("[1] article 4", StringComparison.Ordinal) < text.IndexOf("[4] Le Phare", StringComparison.Ordinal), text);
        Assert.Contains("1. article 4", md);
        Assert.Contains("4. Le Phare", md);
    }

    [Fact]
    public async Task The_story_page_names_an_outletless_source_by_title_and_dates_it_as_given()
    {
        await using var server = await RunningServer.StartAsync();
        long story;
        using (var store = server.OpenStore())
        {
            (_, story) = DirectStore.Add(store, "La digue du port a cédé dans la nuit. Les quais sont inondés.", published: "2024-04");
            DirectStore.Add(store, "La digue du port a cédé, les quais inondés. Les secours évacuent.", story, published: "2024-04-03T22:15");
        }
        var html = await server.Client.GetStringAsync($"stories/{story}");
        Assert.DoesNotContain(".txt", html); // the input file names
        Assert.Contains("2024-04 → 2024-04-03 · 2 articles", html);
        Assert.DoesNotContain("2024-04-01", html);
    }
}
