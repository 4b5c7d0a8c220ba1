using Recoupe.Briefs;

namespace Recoupe.Tests.Briefs;

/// <summary>How many independent sources a fact has: syndicated copies, one wire dispatch, its rewrites and near-identical sentences count once.</summary>
public class IndependenceTests
{
    private const string Fact1 = "Le ministre de l'Intérieur prévoit la fermeture de trois centrales à charbon dans le nord du pays d'ici la fin de l'année.";
    private const string Fact1Reworded = "D'ici la fin de l'année, trois centrales à charbon du nord du pays seront fermées, prévoit le ministre de l'Intérieur.";
    private const string Filler = "Cette décision intervient après plusieurs mois de débats au Parlement.";

    private const string Fact1OtherWords = "Trois centrales au charbon situées dans le nord vont fermer avant la fin de l'année, prévoit le ministre de l'Intérieur.";

    [Fact]
    public void Three_outlets_in_their_own_words_are_three_sources()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add(Fact1OtherWords + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Equal(3, fact.Sources.Length);
        Assert.Equal(3, fact.IndependentSources);
        Assert.All(fact.SourceGroups, g => Assert.Equal("own reporting", g.Reason));
    }

    [Fact]
    public void The_same_sentence_word_for_word_in_two_outlets_counts_once()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add(Fact1 + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Equal(3, fact.Sources.Length);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Contains(fact.SourceGroups, g => g.ArticleIds.SequenceEqual([1L, 3L]) && g.Reason == "shared wording");
    }

    [Fact]
    public void A_syndicated_copy_counts_once()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "A")
            .Add(Fact1 + " " + Filler, "B", copyOf: 1)
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Equal(3, fact.Sources.Length);
        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void Outlets_crediting_one_agency_count_once_even_reworded_but_two_agencies_count_twice()
    {
        var sameWording = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1 + " Les syndicats ont protesté contre le calendrier. Selon l'AFP, le texte sera publié demain.", "B");
        var brief = new BriefBuilder().Build(sameWording.Story, sameWording.Articles);
        var fact = brief.Facts.First();
        Assert.Equal(2, fact.Sources.Length);
        Assert.Equal(1, fact.IndependentSources);
        var origin = Assert.Single(brief.Origins);
        Assert.Equal("AFP", origin.Origin);
        Assert.Equal([1L, 2L], origin.ArticleIds.ToArray());

        // A rewrite of a credited dispatch repeats the dispatch: one origin, whatever the wording.
        var ownWording = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier. Selon l'AFP, le texte sera publié demain.", "B");
        var reworded = new BriefBuilder().Build(ownWording.Story, ownWording.Articles).Facts.First();
        Assert.Equal(1, reworded.IndependentSources);
        Assert.Equal("agency credit", Assert.Single(reworded.SourceGroups).Reason);

        // The agency's own dispatch and an outlet crediting it are one origin too.
        var dispatch = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "AFP")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier (avec AFP).", "B");
        Assert.Equal(1, new BriefBuilder().Build(dispatch.Story, dispatch.Articles).Facts.First().IndependentSources);

        var differentAgencies = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier, according to Reuters.", "B");
        Assert.Equal(2, new BriefBuilder().Build(differentAgencies.Story, differentAgencies.Articles).Facts.First().IndependentSources);
    }

    [Fact]
    public void Articles_sharing_several_sentences_word_for_word_trace_back_to_one_dispatch()
    {
        const string shared = " Le préfet a convoqué les élus de la région jeudi. Une réunion publique se tiendra samedi à la mairie. Les riverains redoutent la perte de centaines d'emplois.";
        var story = new HandBuiltStory()
            .Add(Fact1 + shared, "A")
            .Add(Fact1Reworded + shared, "B")
            .Add(Fact1OtherWords + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        AssertFirstTwoAreOneDispatch(story);
    }

    [Fact]
    public void A_rewrite_that_cuts_and_merges_the_dispatch_sentences_is_one_origin()
    {
        // Outlet B keeps long passages of A's dispatch but re-cuts every sentence, so no sentence is shared whole.
        var story = new HandBuiltStory()
            .Add(Fact1 + " Le préfet a convoqué les élus de la région jeudi matin pour leur présenter le calendrier des fermetures."
                 + " Une réunion publique se tiendra samedi à la mairie de la sous-préfecture en présence des syndicats."
                 + " Les riverains redoutent la perte de plusieurs centaines d'emplois directs et indirects dans la vallée.", "A")
            .Add(Fact1Reworded + " Pour présenter le calendrier des fermetures, le préfet a convoqué les élus de la région jeudi matin,"
                 + " et une réunion publique se tiendra samedi à la mairie de la sous-préfecture. La perte de plusieurs centaines"
                 + " d'emplois directs et indirects dans la vallée inquiète les riverains.", "B")
            .Add(Fact1OtherWords + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        AssertFirstTwoAreOneDispatch(story);
    }

    [Fact]
    public void An_outlet_whose_name_credits_an_agency_is_one_origin_with_the_agency()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "Agence France-Presse")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "Le Courrier du Soir (avec AFP)")
            .Add(Fact1OtherWords + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Equal(2, brief.Facts.First().IndependentSources);
        var origin = Assert.Single(brief.Origins);
        Assert.Equal("AFP", origin.Origin);
        Assert.Equal([1L, 2L], origin.ArticleIds.ToArray());
    }

    [Fact]
    public void Outlets_relaying_what_was_said_to_an_agency_are_one_origin()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " « Nous ne reculerons pas », a déclaré jeudi à l'AFP un conseiller du ministre.", "A")
            .Add(Fact1Reworded + " Le calendrier est tenu, a assuré à l'AFP un conseiller du ministre.", "B")
            .Add(Fact1OtherWords + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Equal(3, fact.Sources.Length);
        Assert.Equal(2, fact.IndependentSources);
        Assert.Contains(fact.SourceGroups, g => g.Origin == "AFP" && g.Reason == "agency credit" && g.ArticleIds.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void An_outlet_reporting_what_a_quoted_speaker_said_adds_no_witness_to_the_quotation()
    {
        const string speaker = "Hélène Marchetti";
        var entities = new[] { (speaker, Recoupe.Model.EntityType.Person, "marchetti") };
        const string quote = "« Trois centrales à charbon du nord du pays fermeront d'ici la fin de l'année »";
        var story = new HandBuiltStory()
            .Add(quote + ", a déclaré Hélène Marchetti. " + Filler, "A", entities: entities, quotes: [(quote, "marchetti", speaker)])
            // B names the speaker and reports her words, but its sentence is not read as her quotation.
            .Add("Hélène Marchetti a assuré que trois centrales à charbon du nord du pays fermeront d'ici la fin de l'année. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B", entities: entities)
            // C restates the claim from a source of its own (not the quotation's words, which would count as relaying it). Whether
            // the pair classifier cites this paraphrase depends on its weights (it sat at the threshold after the issue-15 s7
            // retrain), so the test asks what holds either way: A and B are one attributed origin, and every other cited
            // outlet adds one.
            .Add("Trois centrales à charbon du nord du pays vont fermer d'ici la fin de l'année, selon un document budgétaire. "
                 + "Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Contains(fact.SourceGroups, g => g.Reason == "attributed" && g.Origin == speaker && g.ArticleIds.SequenceEqual([1L, 2L]));
        var outlets = fact.Sources.Select(s => s.ArticleId).Distinct().Count();
        Assert.Equal(outlets - 1, fact.IndependentSources);
    }

    [Fact]
    public void Outlets_reporting_that_a_capital_and_its_country_denied_something_are_one_origin()
    {
        // The capital and the country are kept as two entities here, so only the gazetteer can tell they are one government.
        var entities = new[] { ("Vienne", Recoupe.Model.EntityType.Place, "vienne"), ("Autriche", Recoupe.Model.EntityType.Place, "autriche") };
        const string own = "Les transporteurs routiers bloqués à la frontière n'ont reçu aucune compensation de l'État, selon leur fédération. ";
        var story = new HandBuiltStory()
            .Add("Vienne a démenti avoir versé une compensation aux transporteurs routiers bloqués à la frontière. " + Filler, "A", entities: entities)
            .Add("L'Autriche a démenti jeudi avoir versé la moindre compensation aux transporteurs routiers bloqués. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B", entities: entities)
            .Add(own + "Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.Contains(fact.SourceGroups, g => g.Reason == "attributed" && g.ArticleIds.SequenceEqual([1L, 2L]));
        Assert.Equal(fact.Sources.Select(s => s.ArticleId).Distinct().Count() - 1, fact.IndependentSources);
    }

    [Fact]
    public void One_source_named_short_in_one_outlet_and_in_full_in_another_is_one_origin()
    {
        var story = new HandBuiltStory()
            .Add("Selon la capitainerie, trois cargos sont restés bloqués à l'entrée du port de Vallerne jeudi. " + Filler, "A")
            .Add("Trois cargos ont été bloqués jeudi à l'entrée du port de Vallerne, selon la capitainerie de Vallerne. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Distinct().Count() == 2);
        var group = Assert.Single(fact.SourceGroups);
        Assert.Equal("attributed", group.Reason);
        Assert.Equal(1, fact.IndependentSources);
    }

    [Fact]
    public void A_short_source_name_that_two_fuller_ones_could_be_stays_apart()
    {
        var stated = new Recoupe.Briefs.Claims.Attribution?[]
        {
            new("t:capitainerie", "capitainerie"),
            new("t:capitainerie vallerne", "capitainerie de Vallerne"),
            new("t:capitainerie ostrel", "capitainerie d'Ostrel"),
        };
        Recoupe.Briefs.Facts.OriginNames.Unify(stated);
        Assert.Equal("t:capitainerie", stated[0]!.Key);
    }

    [Theory]
    [InlineData("Vienne", "AT")]
    [InlineData("Autriche", "AT")]
    [InlineData("l'Autriche", "AT")]
    [InlineData("Austria", "AT")]
    [InlineData("Lisbonne", "PT")]
    [InlineData("Portugal", "PT")]
    [InlineData("Marseille", null)]
    [InlineData("Bretagne", null)]
    public void A_capital_stands_for_its_country(string place, string? country) =>
        Assert.Equal(country, Recoupe.Briefs.Facts.StatedBy.CountryOf(place));

    [Theory]
    [InlineData("selon le gouvernement autrichien", "AT")]
    [InlineData("les autorités portugaises", "PT")]
    [InlineData("le ministère autrichien des Finances", "AT")]
    [InlineData("le gouvernement de l'Autriche", "AT")]
    [InlineData("the Austrian government", "AT")]
    [InlineData("Canadian officials", "CA")]
    [InlineData("le ministère de la Justice", null)]
    [InlineData("les autorités sanitaires", null)]
    [InlineData("le gardien du phare", null)]
    public void A_government_named_by_its_country_stands_for_the_country(string words, string? country) =>
        Assert.Equal(country, Recoupe.Briefs.Facts.GovernmentOf.Country(words));

    [Fact]
    public void Outlets_reporting_what_a_capital_and_the_government_of_its_country_said_are_one_origin()
    {
        var entities = new[] { ("Lisbonne", Recoupe.Model.EntityType.Place, "lisbonne") };
        var story = new HandBuiltStory()
            .Add("Lisbonne a démenti avoir versé une compensation aux transporteurs routiers bloqués à la frontière. " + Filler, "A", entities: entities)
            .Add("Le gouvernement portugais a démenti jeudi avoir versé une compensation aux transporteurs routiers bloqués. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B", entities: entities)
            .Add("Les transporteurs routiers bloqués à la frontière n'ont reçu aucune compensation de l'État, selon leur fédération. "
                 + "Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.Contains(fact.SourceGroups, g => g.Reason == "attributed" && g.ArticleIds.SequenceEqual([1L, 2L]));
    }

    [Theory]
    [InlineData("Vienne| a démenti avoir payé.", true)]
    [InlineData("Vienne| ne l'a pas confirmé.", true)]
    [InlineData("Vienne| a-t-elle indiqué.", true)]
    [InlineData("Vienne| denied paying.", true)]
    [InlineData("Vienne|, capitale du pays, a démenti.", false)]
    [InlineData("Vienne| a payé les transporteurs, a démenti le ministre.", false)]
    [InlineData("Vienne| accueillera le sommet en mai.", false)]
    [InlineData("Vienne| va notamment accueillir le sommet.", false)]
    public void A_verb_of_saying_right_after_a_name_makes_it_the_source(string sentence, bool stated)
    {
        int cut = sentence.IndexOf('|');
        var text = sentence.Remove(cut, 1);
        Assert.Equal(stated, Recoupe.Briefs.Facts.StatedBy.VerbFollows(text, new Recoupe.Model.TextSpan(cut, text.Length), "fr"));
    }

    [Theory]
    [InlineData("Le pont restera fermé, selon Vienne.", "AT")]
    [InlineData("Le pont restera fermé, d'après l'Autriche.", "AT")]
    [InlineData("Le pont restera fermé, selon le parquet de Vienne.", null)]
    [InlineData("Le pont restera fermé, selon Le Courrier.", null)]
    public void A_capital_named_as_the_source_stands_for_its_country_but_not_an_office_in_it(string sentence, string? country) =>
        Assert.Equal(country, Recoupe.Briefs.Facts.StatedBy.PlaceNamedAsSource(sentence));

    [Fact]
    public void An_office_in_a_capital_is_not_the_country()
    {
        var entities = new[] { ("Vienne", Recoupe.Model.EntityType.Place, "vienne"), ("Autriche", Recoupe.Model.EntityType.Place, "autriche") };
        var story = new HandBuiltStory()
            .Add("Le parquet de Vienne a démenti avoir versé une compensation aux transporteurs routiers bloqués à la frontière. " + Filler, "A", entities: entities)
            .Add("L'Autriche a démenti jeudi avoir versé une compensation aux transporteurs routiers bloqués. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B", entities: entities)
            .Add("Les transporteurs routiers bloqués à la frontière n'ont reçu aucune compensation de l'État, selon leur fédération. "
                 + "Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.DoesNotContain(fact.SourceGroups, g => g.ArticleIds.Contains(1L) && g.ArticleIds.Contains(2L));
    }

    [Theory]
    [InlineData("Il dit vouloir « revoir les falaises » avant l'hiver.", "« J'ai hâte de revoir les falaises de mon enfance », a-t-il confié.", true)]
    [InlineData("Il dit vouloir « revoir les falaises » avant l'hiver.", "« J'ai hâte de revoir les dunes de mon enfance », a-t-il confié.", false)]
    [InlineData("Il dit vouloir « revoir la mer » avant l'hiver.", "« J'ai hâte de revoir la mer de mon enfance », a-t-il confié.", false)]
    public void A_short_quotation_quoted_whole_by_another_is_the_same_quotation(string a, string b, bool same) =>
        Assert.Equal(same, Recoupe.Briefs.Facts.FactSources.SameQuotation(Recoupe.Briefs.Claims.QuotedWords.Of(a), Recoupe.Briefs.Claims.QuotedWords.Of(b)));

    [Theory]
    [InlineData("Reuters a contribué à ce rapport.", "Reuters")]
    [InlineData("Le texte a été publié mardi, selon l'AFP.", "AFP")]
    [InlineData("HuffPost avec AFP", "AFP")]
    [InlineData("WASHINGTON (Reuters) - The White House said", "Reuters")]
    [InlineData("The talks are advancing, according to Reuters.", "Reuters")]
    [InlineData("Reporting by our staff with AP.", "AP")]
    [InlineData("selon Agence France Presse", "AFP")]
    [InlineData("Le chantier reprendra lundi, a indiqué mercredi à l'AFP une porte-parole de la mairie.", "AFP")]
    [InlineData("« Nous irons jusqu'au bout », a déclaré à l’ AFP le président du club.", "AFP")]
    [InlineData("The mayor told Reuters the bridge would reopen in May.", "Reuters")]
    [InlineData("Contacté par l'AFP, le ministère n'a pas souhaité commenter.", "AFP")]
    [InlineData("Par AFP\nLe chantier reprendra lundi.", "AFP")]
    [InlineData("Le chantier reprendra lundi. © AFP", "AFP")]
    [InlineData("ANSA - Il cantiere riprenderà lunedì.", "ANSA")]
    public void Wire_credits_are_recognised(string text, string agency) =>
        Assert.Contains(agency, Recoupe.Briefs.Analysis.WireOrigin.Find(text));

    [Theory]
    [InlineData("He said the map was hard to read.")]
    [InlineData("Les données de l'ap sont incomplètes, selon le rapport.")]
    [InlineData("Un ancien photographe de l'AFP a exposé ses tirages à Arles.")]
    [InlineData("Il a déclaré à la presse que le chantier reprendrait lundi.")]
    public void No_wire_credit_is_invented(string text) => Assert.Empty(Recoupe.Briefs.Analysis.WireOrigin.Find(text));

    /// <summary>Articles 1 and 2 are one origin by their wording, so the fact all three state has 2 independent sources.</summary>
    private static void AssertFirstTwoAreOneDispatch(HandBuiltStory story)
    {
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var origin = Assert.Single(brief.Origins);
        Assert.Equal("shared wording", origin.Reason);
        Assert.Equal([1L, 2L], origin.ArticleIds.ToArray());
        Assert.Equal(2, brief.Facts.First(f => f.Sources.Length == 3).IndependentSources);
    }
}
