using Recoupe.Model;
using Recoupe.Stories;
using Recoupe.Stories.Features;

namespace Recoupe.Tests.Stories;

/// <summary>
/// English reports written by us on the seeds' story (the French seed articles) join it in either arrival order: the
/// links are names spelled differently in the two languages (Putin / Poutine, North Korea / Corée du Nord, Moscow /
/// Moscou, White House / Maison Blanche), which the bilingual lexicon brings together for non-French articles only.
/// </summary>
public class SeedsEnglishReportsTests
{
    private static readonly DateStamp September = DateStamp.TryParseIso("2023-09-12")!;

    private static List<AnalyzedArticle> English() =>
    [
        StoryTestArticles.Make(
            "North Korea would pay a price if it sold arms to Russia, the White House warned on Tuesday. Officials in Washington "
            + "said talks between Moscow and Pyongyang on weapons for the war in Ukraine were moving ahead, and that Kim Jong Un "
            + "could travel to Russia to meet President Vladimir Putin. The Kremlin declined to confirm the talks.",
            "White House warns North Korea over arms talks with Russia", "en", September, "en-1"),
        StoryTestArticles.Make(
            "An armoured train carrying Kim Jong Un crossed into Russia, where the North Korean leader is expected to meet Putin. "
            + "The Kremlin confirmed the visit. Analysts in Seoul said Moscow wants artillery shells for the war in Ukraine, "
            + "while North Korea seeks food and military technology in return.",
            "Kim Jong Un's train crosses into Russia ahead of Putin meeting", "en", September, "en-2"),
        StoryTestArticles.Make(
            "Vladimir Putin welcomed Kim Jong Un in the Russian Far East. Putin said Russia could help North Korea build satellites; "
            + "the White House repeated that any arms deal between Moscow and Pyongyang would breach United Nations sanctions.",
            "Putin hosts Kim Jong Un", "en", September, "en-3"),
    ];

    private static AnalyzedArticle Unrelated() => StoryTestArticles.Make(
        "Flood water rose through the old town of Passau overnight as the Danube burst its banks. Firefighters evacuated 300 homes "
        + "and the mayor asked residents to stay away from the river until Sunday.",
        "Danube floods Passau old town", "en", September, "en-flood");

    [Fact]
    public void EnglishReportsArrivingAfterTheSeedsJoinTheirStory()
    {
        var articles = StoryTestArticles.Seeds().Concat(English()).Append(Unrelated()).ToList();
        var stories = StoryTestArticles.Stream(articles);
        Assert.All(stories.Take(8), s => Assert.Equal(stories[0], s));
        Assert.NotEqual(stories[0], stories[8]);
    }

    [Fact]
    public void SeedsArrivingAfterTheEnglishReportsJoinTheirStory()
    {
        var articles = English().Concat(StoryTestArticles.Seeds()).Append(Unrelated()).ToList();
        var stories = StoryTestArticles.Stream(articles);
        Assert.All(stories.Take(8), s => Assert.Equal(stories[0], s));
        Assert.NotEqual(stories[0], stories[8]);
    }

    [Fact]
    public void EnglishNamesAreCountedUnderTheirFrenchSpelling()
    {
        var profile = new ProfileExtractor().Extract(English()[0]);
        Assert.Contains("n|poutine", profile.Keys);
        Assert.Contains("n|coreedunord", profile.Keys);
        Assert.Contains("n|maisonblanche", profile.Keys);
        Assert.DoesNotContain("n|putin", profile.Keys);
    }

    [Fact]
    public void FrenchNamesAreLeftAsTheyAre()
    {
        // A French text that writes the English spellings keeps them: the lexicon never rewrites French articles.
        var french = StoryTestArticles.Make("Le journal London Review a publié un entretien avec Putin Street Band, un groupe de rock.",
            "Un groupe de rock", "fr", September, "fr-own");
        var profile = new ProfileExtractor().Extract(french);
        Assert.DoesNotContain("n|londres", profile.Keys);
        Assert.Contains(profile.Keys, k => k.Contains("london", StringComparison.Ordinal));
    }

    [Fact]
    public void CyrillicNameMeetsItsFrenchSpelling()
    {
        var russian = StoryTestArticles.Make("Путин встретился с лидером КНДР.", "Путин", "ru", September, "ru-1");
        Assert.Contains("n|poutine", new ProfileExtractor().Extract(russian).Keys);
    }
}
