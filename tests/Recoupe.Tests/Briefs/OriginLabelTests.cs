using Recoupe.Briefs;

namespace Recoupe.Tests.Briefs;

/// <summary>How a brief names where a group of sources traces back to, for a reader.</summary>
public class OriginLabelTests
{
    private const string Filler = "Cette décision intervient après plusieurs mois de débats au Parlement.";

    [Fact]
    public void A_source_with_no_outlet_or_title_is_named_by_its_file_not_by_the_folders_of_the_machine_that_read_it()
    {
        var story = new HandBuiltStory()
            .Add("L'aide aux boulangers sera reconduite l'an prochain si les prix de l'énergie restent élevés, a-t-on appris. " + Filler, "",
                input: "/home/someone/private/depeches/boulangers-1.txt")
            .Add("L'aide aux boulangers sera reconduite l'an prochain si les prix de l'énergie restent élevés, a-t-on appris. "
                 + "Les syndicats ont protesté contre le calendrier retenu par le gouvernement.", "", input: "/home/someone/private/depeches/boulangers-2.txt")
            .Add("Les boulangers ont reçu l'aide promise cet hiver, selon leur fédération. Les écologistes ont salué une avancée attendue depuis longtemps.", "C");
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        var origins = brief.Facts.SelectMany(f => f.SourceGroups).Select(g => g.Origin).ToList();
        Assert.Contains("boulangers-1.txt", origins);
        Assert.DoesNotContain(origins, o => o.Contains("/home/", StringComparison.Ordinal));
    }
}
