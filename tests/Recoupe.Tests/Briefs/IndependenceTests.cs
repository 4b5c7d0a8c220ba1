using Recoupe.Briefs;

namespace Recoupe.Tests.Briefs;

/// <summary>How many independent sources a fact has: syndicated copies and one wire dispatch count once.</summary>
public class IndependenceTests
{
    private const string Fact1 = "Le ministre de l'Intérieur a annoncé la fermeture de trois centrales à charbon dans le nord du pays d'ici la fin de l'année.";
    private const string Fact1Reworded = "D'ici la fin de l'année, trois centrales à charbon du nord du pays seront fermées, a annoncé le ministre de l'Intérieur.";
    private const string Filler = "Cette décision intervient après plusieurs mois de débats au Parlement.";

    [Fact]
    public void Three_outlets_in_their_own_words_are_three_sources()
    {
        var story = new HandBuiltStory()
            .Add(Fact1 + " " + Filler, "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "B")
            .Add(Fact1 + " Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var fact = new BriefBuilder().Build(story.Story, story.Articles).Facts.First();
        Assert.Equal(3, fact.Sources.Length);
        Assert.Equal(3, fact.IndependentSources);
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
    public void One_wire_dispatch_repeated_word_for_word_counts_once_but_reworded_counts_twice()
    {
        var sameWording = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1 + " Les syndicats ont protesté contre le calendrier. Selon l'AFP, le texte sera publié demain.", "B");
        var fact = new BriefBuilder().Build(sameWording.Story, sameWording.Articles).Facts.First();
        Assert.Equal(2, fact.Sources.Length);
        Assert.Equal(1, fact.IndependentSources);

        var ownWording = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1Reworded + " Les syndicats ont protesté contre le calendrier. Selon l'AFP, le texte sera publié demain.", "B");
        Assert.Equal(2, new BriefBuilder().Build(ownWording.Story, ownWording.Articles).Facts.First().IndependentSources);

        var differentAgencies = new HandBuiltStory()
            .Add(Fact1 + " " + Filler + " (avec AFP)", "A")
            .Add(Fact1 + " Les syndicats ont protesté contre le calendrier, according to Reuters.", "B");
        Assert.Equal(2, new BriefBuilder().Build(differentAgencies.Story, differentAgencies.Articles).Facts.First().IndependentSources);
    }

    [Theory]
    [InlineData("Reuters a contribué à ce rapport.", "Reuters")]
    [InlineData("Le texte a été publié mardi, selon l'AFP.", "AFP")]
    [InlineData("HuffPost avec AFP", "AFP")]
    [InlineData("WASHINGTON (Reuters) - The White House said", "Reuters")]
    [InlineData("The talks are advancing, according to Reuters.", "Reuters")]
    [InlineData("Reporting by our staff with AP.", "AP")]
    [InlineData("selon Agence France Presse", "AFP")]
    public void Wire_credits_are_recognised(string text, string agency) =>
        Assert.Contains(agency, Recoupe.Briefs.Analysis.WireOrigin.Find(text));

    [Theory]
    [InlineData("He said the map was hard to read.")]
    [InlineData("Les données de l'ap sont incomplètes, selon le rapport.")]
    public void No_wire_credit_is_invented(string text) => Assert.Empty(Recoupe.Briefs.Analysis.WireOrigin.Find(text));
}
