using Recoupe.Briefs;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

public class QuotesTimelineAndFactsTests
{
    private static readonly (string, EntityType, string)[] Kirby = [("John Kirby", EntityType.Person, "kirby"), ("Kirby", EntityType.Person, "kirby")];

    [Fact]
    public void The_same_quote_in_three_outlets_is_one_quote_carried_by_three_outlets()
    {
        const string quote = "Les négociations sur les armes avancent activement entre les deux pays";
        var story = new HandBuiltStory()
            .Add($"« {quote} », a déclaré John Kirby jeudi.", "Le Monde", entities: Kirby, quotes: [(quote, "kirby", "John Kirby")], published: "2023-09-01")
            .Add($"Selon John Kirby, « {quote} ». Il n'a pas donné de détails.", "Libération", entities: Kirby, quotes: [(quote, "kirby", "John Kirby")], published: "2023-08-31")
            .Add($"« {quote} », a insisté Kirby. « Nous surveillons la situation de près », a-t-il ajouté.", "Le Figaro", entities: Kirby,
                quotes: [(quote, "kirby", "Kirby"), ("Nous surveillons la situation de près", "kirby", "Kirby")], published: "2023-09-02");
        var quotes = new BriefBuilder().Build(story.Story, story.Articles).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("John Kirby", q.Speaker));
        var shared = quotes[0];
        Assert.Equal(quote, shared.Text);
        Assert.Equal(3, shared.Outlets);
        Assert.Equal(3, shared.Sources.Length);
        Assert.Equal(2, shared.Sources[0].ArticleId); // the earliest report comes first
        Assert.Equal(1, quotes[1].Outlets);
    }

    [Fact]
    public void Timeline_is_sorted_by_date_and_merges_one_event_told_twice()
    {
        var people = new (string, EntityType, string)[] { ("Sergei Shoigu", EntityType.Person, "shoigu"), ("Pyongyang", EntityType.Place, "nk"), ("Kim", EntityType.Person, "kim"), ("Vladivostok", EntityType.Place, "vl") };
        var story = new HandBuiltStory()
            .Add("Kim devrait rencontrer le président russe à Vladivostok le 12 septembre pour discuter des armes. Sergei Shoigu s'était rendu à Pyongyang en juillet pour assister à un défilé militaire.",
                "A", entities: people, times: [("le 12 septembre", "2023-09-12"), ("en juillet", "2023-07")])
            .Add("En juillet, Sergei Shoigu s'était rendu à Pyongyang où il avait assisté à un grand défilé militaire.",
                "B", entities: people, times: [("En juillet", "2023-07")]);
        var timeline = new BriefBuilder().Build(story.Story, story.Articles).Timeline;
        Assert.Equal(["2023-07", "2023-09-12"], timeline.Select(e => e.Date).ToArray());
        Assert.Equal(["month", "day"], timeline.Select(e => e.Precision).ToArray());
        Assert.Equal([1L, 2L], timeline[0].Sources.Select(s => s.ArticleId).Order().ToArray());
        Assert.Contains("Vladivostok", timeline[1].Text);
    }

    [Fact]
    public void A_fact_aligns_across_languages_through_entities_and_numbers()
    {
        var entities = new (string, EntityType, string)[]
        {
            ("Herat", EntityType.Place, "herat"), ("Afghanistan", EntityType.Place, "afg"), ("Croissant-Rouge", EntityType.Organization, "redcrescent"), ("Red Crescent", EntityType.Organization, "redcrescent"),
        };
        var story = new HandBuiltStory()
            .Add("Le séisme de Herat a fait 2053 morts selon le Croissant-Rouge. Les secours manquent de tentes.", "A", "fr", entities: entities)
            .Add("The Herat earthquake killed 2053 people, the Red Crescent said. Aid groups are short of blankets.", "B", "en", entities: entities);
        ParaphraseAlignmentTests.AssertAligned(story);
    }

    [Fact]
    public void Coverage_chart_draws_articles_per_day_per_outlet()
    {
        var story = new HandBuiltStory()
            .Add("Le conseil municipal a voté le budget de la ville pour l'année prochaine après un long débat.", "Ouest-France", published: "2023-09-01")
            .Add("Le budget de la ville pour l'année prochaine a été voté par le conseil municipal après un débat.", "Le Télégramme", published: "2023-09-01")
            .Add("Le conseil municipal a finalement voté le budget, malgré l'opposition qui dénonce des hausses d'impôts.", "Ouest-France", published: "2023-09-03")
            .Add("L'opposition dénonce le budget voté par le conseil municipal et annonce un recours devant le tribunal.", "Unknown date");
        var html = BriefHtmlRenderer.Render(new BriefBuilder().Build(story.Story, story.Articles));
        Assert.Equal(3, html.Split("<rect ").Length - 1); // (09-01, Ouest-France), (09-01, Le Télégramme), (09-03, Ouest-France)
        Assert.Contains("2023-09-01 — Ouest-France: 1", html);
        Assert.Contains("1 article(s) without a publication day", html);
    }
}

public class ClauseAroundTests
{
    [Fact]
    public void A_long_sentence_is_cut_to_the_clause_of_its_date()
    {
        const string sentence = "Les États-Unis ont déjà accusé la Corée du Nord de fournir des armes à l'armée russe et au groupe privé Wagner, " +
                                "allégations que le Nord a publiquement niées en novembre dans un communiqué de son ministère des Affaires étrangères, " +
                                "tandis que Moscou refusait de commenter ces informations devant la presse internationale réunie à Genève.";
        var clause = Recoupe.Briefs.Timeline.ClauseAround.Extract(sentence, sentence.IndexOf("en novembre", StringComparison.Ordinal));
        Assert.Equal("… allégations que le Nord a publiquement niées en novembre dans un communiqué de son ministère des Affaires étrangères …", clause);
    }

    [Fact]
    public void A_short_sentence_is_kept_whole() =>
        Assert.Equal("Shoigu s'est rendu à Pyongyang en juillet.", Recoupe.Briefs.Timeline.ClauseAround.Extract("Shoigu s'est rendu à  Pyongyang en juillet.", 30));
}
