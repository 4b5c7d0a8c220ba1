using Recoupe.Briefs;
using Recoupe.Briefs.Facts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>An office named by its holder's title, its ministry or its building is one origin of a claim (invented sentences).</summary>
public class OfficeNamesTests
{
    private const string Filler = "Cette décision intervient après plusieurs mois de débats au Parlement.";

    [Theory]
    [InlineData("Bercy", "economy", "FR")]
    [InlineData("le Quai d'Orsay", "foreign", "FR")]
    [InlineData("l'Élysée", "head-of-state", "FR")]
    [InlineData("Matignon", "head-of-government", "FR")]
    [InlineData("the Pentagon", "defence", "US")]
    [InlineData("le Kremlin", "head-of-state", "RU")]
    [InlineData("Downing Street", "head-of-government", "GB")]
    [InlineData("Marseille", null, null)]
    [InlineData("la Défense", null, null)]
    public void A_building_stands_for_the_office_it_seats(string name, string? office, string? country)
    {
        var seat = OfficeNames.Seat(name);
        Assert.Equal(office, seat?.Id);
        Assert.Equal(country, seat?.Country);
    }

    [Theory]
    [InlineData("la ministre de l'Économie", "economy", null)]
    [InlineData("le ministère de l'Économie et des Finances", "economy", null)]
    [InlineData("le ministre italien de la Défense", "defence", "IT")]
    [InlineData("the Italian foreign minister", "foreign", "IT")]
    [InlineData("le Premier ministre", "head-of-government", null)]
    [InlineData("le garde des Sceaux", "justice", null)]
    [InlineData("le ministre", null, null)]
    [InlineData("le quartier de la Défense", null, null)]
    [InlineData("le gardien du phare", null, null)]
    public void A_description_names_its_office(string words, string? office, string? country)
    {
        var described = OfficeNames.Described(words);
        Assert.Equal(office, described?.Id);
        Assert.Equal(country, described?.Country);
    }

    [Theory]
    [InlineData("Et Bercy précise que le dispositif sera prolongé.", "economy")]
    [InlineData("La ministre de l'Économie a ajouté que le dispositif serait prolongé.", "economy")]
    [InlineData("Le Quai d'Orsay a démenti toute négociation.", "foreign")]
    [InlineData("Le dispositif sera prolongé jusqu'à Bercy.", null)]
    [InlineData("La ministre de l'Économie visitera l'usine lundi.", null)]
    public void An_office_before_a_verb_of_saying_is_the_subject(string sentence, string? office) =>
        Assert.Equal(office, OfficeNames.Subject(sentence, new TextSpan(0, sentence.Length), "fr")?.Office.Id);

    [Fact]
    public void Outlets_relaying_a_ministry_by_its_building_and_by_its_minister_are_one_origin()
    {
        var seat = new[] { ("Bercy", EntityType.Place, "bercy") };
        var story = new HandBuiltStory()
            .Add("Bercy précise que l'aide aux boulangers sera reconduite l'an prochain si les prix de l'énergie restent élevés. " + Filler, "A", entities: seat)
            .Add("La ministre de l'Économie a ajouté que l'aide aux boulangers pourrait être reconduite l'an prochain si les prix de l'énergie restent élevés. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add("Les boulangers ont reçu l'aide promise cet hiver, selon leur fédération. Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.Contains(fact.SourceGroups, g => g.Reason == "attributed" && g.ArticleIds.SequenceEqual([1L, 2L]));
        Assert.Equal(fact.Sources.Select(s => s.ArticleId).Distinct().Count() - 1, fact.IndependentSources);
    }

    [Fact]
    public void The_same_office_of_two_countries_is_two_origins()
    {
        var seat = new[] { ("Pentagone", EntityType.Organization, "pentagone") };
        var story = new HandBuiltStory()
            .Add("Le Pentagone a affirmé que les exercices navals en mer Baltique seront reconduits l'an prochain si les tensions persistent. " + Filler, "A", entities: seat)
            .Add("Le ministre italien de la Défense a affirmé que les exercices navals en mer Baltique pourraient être reconduits l'an prochain si les tensions persistent. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add("Les pêcheurs de la côte ont reçu l'aide promise cet hiver, selon leur fédération. Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.DoesNotContain(fact.SourceGroups, g => g.ArticleIds.Contains(1L) && g.ArticleIds.Contains(2L));
        Assert.Equal(2, fact.IndependentSources);
    }

    [Fact]
    public void A_subject_after_the_verb_of_saying_is_the_origin_too()
    {
        var story = new HandBuiltStory()
            .Add("L'aide aux boulangers sera reconduite l'an prochain si les prix de l'énergie restent élevés, a précisé le ministre de l'Économie. " + Filler, "A")
            .Add("Le ministre de l'Économie a indiqué que l'aide aux boulangers serait reconduite l'an prochain si les prix restent élevés. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add("Les boulangers ont reçu l'aide promise cet hiver, selon leur fédération. Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.Contains(fact.SourceGroups, g => g.Reason == "attributed" && g.ArticleIds.SequenceEqual([1L, 2L]));
    }

    [Fact]
    public void A_pronoun_after_the_verb_names_no_origin()
    {
        var story = new HandBuiltStory()
            .Add("L'aide aux boulangers sera reconduite l'an prochain si les prix de l'énergie restent élevés, a-t-il précisé. " + Filler, "A")
            .Add("L'aide aux boulangers serait reconduite l'an prochain si les prix de l'énergie restent élevés, a-t-elle indiqué devant la presse. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add("Les boulangers ont reçu l'aide promise cet hiver, selon leur fédération. Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts
            .First(f => f.Sources.Select(s => s.ArticleId).Contains(1L) && f.Sources.Select(s => s.ArticleId).Contains(2L));
        Assert.DoesNotContain(fact.SourceGroups, g => g.Reason == "attributed");
    }
}
