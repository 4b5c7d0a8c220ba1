using Recoupe.Briefs;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

public class QuotesTimelineAndFactsTests
{
    private static readonly (string, EntityType, string)[] Solberg = [("Ingrid Solberg", EntityType.Person, "solberg"), ("Solberg", EntityType.Person, "solberg")];

    [Fact]
    public void The_same_quote_in_three_outlets_is_one_quote_carried_by_three_outlets()
    {
        const string quote = "Les discussions sur le tracé du gazoduc avancent bien entre les deux pays";
        var story = new HandBuiltStory()
            .Add($"« {quote} », a déclaré Ingrid Solberg jeudi.", "Le Monde", entities: Solberg, quotes: [(quote, "solberg", "Ingrid Solberg")], published: "2023-09-01")
            .Add($"Selon Ingrid Solberg, « {quote} ». Elle n'a pas donné de détails.", "Libération", entities: Solberg, quotes: [(quote, "solberg", "Ingrid Solberg")], published: "2023-08-31")
            .Add($"« {quote} », a insisté Solberg. « Nous surveillons la situation de près », a-t-elle ajouté.", "Le Figaro", entities: Solberg,
                quotes: [(quote, "solberg", "Solberg"), ("Nous surveillons la situation de près", "solberg", "Solberg")], published: "2023-09-02");
        var quotes = new BriefBuilder().Build(story.Story, story.Articles).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("Ingrid Solberg", q.Speaker));
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
        var people = new (string, EntityType, string)[] { ("Pyotr Vasilevsky", EntityType.Person, "vasilevsky"), ("Bakou", EntityType.Place, "az"), ("Solberg", EntityType.Person, "solberg"), ("Bergen", EntityType.Place, "bg") };
        var story = new HandBuiltStory()
            .Add("Solberg devrait rencontrer le ministre polonais à Bergen le 12 septembre pour discuter du gaz. Pyotr Vasilevsky s'était rendu à Bakou en juillet pour assister à un salon industriel.",
                "A", entities: people, times: [("le 12 septembre", "2023-09-12"), ("en juillet", "2023-07")])
            .Add("En juillet, Pyotr Vasilevsky s'était rendu à Bakou où il avait assisté à un grand salon industriel.",
                "B", entities: people, times: [("En juillet", "2023-07")]);
        var timeline = new BriefBuilder().Build(story.Story, story.Articles).Timeline;
        Assert.Equal(["2023-07", "2023-09-12"], timeline.Select(e => e.Date).ToArray());
        Assert.Equal(["month", "day"], timeline.Select(e => e.Precision).ToArray());
        Assert.Equal([1L, 2L], timeline[0].Sources.Select(s => s.ArticleId).Order().ToArray());
        Assert.Contains("Bergen", timeline[1].Text);
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
        const string sentence = "Les syndicats ont déjà accusé la direction de fermer des ateliers en province et de délocaliser la production vers l'étranger, " +
                                "accusations que l'entreprise a publiquement rejetées en novembre dans un communiqué de son service de presse, " +
                                "tandis que le ministère refusait de commenter ces informations devant la presse régionale réunie à Nantes.";
        var clause = Recoupe.Briefs.Timeline.ClauseAround.Extract(sentence, sentence.IndexOf("en novembre", StringComparison.Ordinal));
        Assert.Equal("… accusations que l'entreprise a publiquement rejetées en novembre dans un communiqué de son service de presse …", clause);
    }

    [Fact]
    public void A_short_sentence_is_kept_whole() =>
        Assert.Equal("Vasilevsky s'est rendu à Bakou en juillet.", Recoupe.Briefs.Timeline.ClauseAround.Extract("Vasilevsky s'est rendu à  Bakou en juillet.", 30));
}
