using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// An article its metadata does not date is dated from its text (dateline, else the newest full date it mentions that is
/// not after its arrival), else by its arrival; the source is recorded and the publication date stays empty.
/// </summary>
public class TextDateTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2024-06-01T09:30:00Z");

    private static AnalyzedArticle Analyze(string text, string language = "fr", DateTimeOffset? received = null, DateStamp? published = null) =>
        RecoupePipeline.Default.Analyze(new Article { Input = "t", ContentHash = "t", Text = text, Language = language, Published = published },
            received ?? Received);

    [Fact]
    public void French_agency_dateline_dates_the_article_and_anchors_hier()
    {
        var a = Analyze("PARIS, 5 mars 2024 (AFP) – Le ministre des Transports a annoncé hier une réforme du permis de conduire.\n\n"
            + "Le texte sera examiné en commission le 20 mars 2024.");
        Assert.Null(a.Article.Published);
        Assert.Equal(DateStamp.Day(2024, 3, 5), a.Article.Date);
        Assert.Equal(DateSource.Dateline, a.Article.DateSource);
        // Read again against the dateline, "hier" is the day before it.
        Assert.Contains(a.Annotations.Times, t => t.Value == "2024-03-04");
    }

    [Fact]
    public void English_dateline_without_a_year_takes_the_year_before_arrival()
    {
        const string text = "WASHINGTON, March 5 (Reuters) - The senator said yesterday that the farm bill would pass this week.";
        var spring = Analyze(text, "en", DateTimeOffset.Parse("2024-06-01T09:30:00Z"));
        Assert.Equal(DateStamp.Day(2024, 3, 5), spring.Article.Date);
        Assert.Equal(DateSource.Dateline, spring.Article.DateSource);
        // Received in February, the last March 5 was the year before.
        var winter = Analyze(text, "en", DateTimeOffset.Parse("2024-02-01T09:30:00Z"));
        Assert.Equal(DateStamp.Day(2023, 3, 5), winter.Article.Date);
    }

    [Fact]
    public void Numeric_date_opening_the_text_is_a_dateline()
    {
        var a = Analyze("Le 12/03/2024, le conseil municipal de Villebourg a voté son budget après une longue séance.");
        Assert.Equal(DateStamp.Day(2024, 3, 12), a.Article.Date);
        Assert.Equal(DateSource.Dateline, a.Article.DateSource);
    }

    [Fact]
    public void Without_a_dateline_the_newest_date_mentioned_dates_the_article()
    {
        var a = Analyze("Le conseil municipal a finalement voté le budget de la commune. La séance du 3 mai 2024 avait été "
            + "reportée au 10 mai 2024, faute de quorum, puis au 17 mai 2024.");
        Assert.Equal(DateStamp.Day(2024, 5, 17), a.Article.Date);
        Assert.Equal(DateSource.Text, a.Article.DateSource);
    }

    [Fact]
    public void A_date_after_arrival_is_announced_not_written_and_is_passed_over()
    {
        var a = Analyze("Le conseil municipal a voté le budget de la commune. La séance du 3 mai 2024 avait été reportée. "
            + "Les travaux de la nouvelle école commenceront le 4 janvier 2031.");
        Assert.Equal(DateStamp.Day(2024, 5, 3), a.Article.Date);
        Assert.Equal(DateSource.Text, a.Article.DateSource);
    }

    [Fact]
    public void A_date_deep_in_the_first_sentence_is_no_dateline()
    {
        var a = Analyze("Le conseil municipal de Villebourg, réuni en séance extraordinaire, a voté le budget le 30 mai 2024 au soir.");
        Assert.Equal(DateSource.Text, a.Article.DateSource);
    }

    [Fact]
    public void A_day_without_its_year_opening_a_story_is_an_event_not_a_dateline()
    {
        var a = Analyze("Samedi 14 juin, en fin de matinée, les pompiers de Villebourg ont évacué une école envahie par la fumée.");
        Assert.Equal(DateSource.Ingested, a.Article.DateSource);
        var b = Analyze("Le comité a libéré le 20 mai 2024 les fonds promis aux communes sinistrées du canton.");
        Assert.NotEqual(DateSource.Dateline, b.Article.DateSource);
    }

    [Fact]
    public void An_old_date_recalled_by_a_text_that_names_a_later_year_does_not_date_it()
    {
        // No arrival time here, so no window: the later year alone turns the old day down.
        var a = RecoupePipeline.Default.Analyze(new Article { Input = "t", ContentHash = "t", Language = "fr",
            Text = "Le musée rappelle l'incendie du 7 décembre 1921, qui avait détruit l'aile nord. La restauration, commencée en 2019, s'achèvera bientôt." });
        Assert.Null(a.Article.DateSource);
    }

    [Fact]
    public void A_full_date_long_before_arrival_is_a_reference_not_the_time_of_writing()
    {
        var a = Analyze("Les sénateurs veulent réviser la loi du 9 octobre 2013 sur les ports de plaisance, jugée trop vague par les communes.");
        Assert.Equal(DateSource.Ingested, a.Article.DateSource);
        Assert.Equal(DateStamp.Day(2024, 6, 1), a.Article.Date);
    }

    [Fact]
    public void A_day_whose_year_the_text_does_not_write_does_not_date_it()
    {
        // "le 11 février" takes its year from the narrative (1897): the text does not write it (no arrival time, no window).
        var a = RecoupePipeline.Default.Analyze(new Article { Input = "t", ContentHash = "t", Language = "fr",
            Text = "La sculptrice était née en 1897 à Rodez. Le 11 février, la mairie a baptisé une place à son nom." });
        Assert.Null(a.Article.DateSource);
    }

    [Fact]
    public void Relative_words_alone_cannot_date_a_text_it_gets_its_arrival_day()
    {
        var a = Analyze("Le conseil municipal a voté le budget hier soir après un long débat.", received: DateTimeOffset.Parse("2026-11-25T18:40:00Z"));
        Assert.Equal(DateStamp.Day(2026, 11, 25), a.Article.Date);
        Assert.Equal(DateSource.Ingested, a.Article.DateSource);
        Assert.Null(a.Article.Published);
    }

    [Fact]
    public void Without_an_arrival_time_an_undatable_text_stays_undated()
    {
        var a = RecoupePipeline.Default.Analyze(new Article { Input = "t", ContentHash = "t", Text = "Le conseil a voté le budget hier soir.", Language = "fr" });
        Assert.Null(a.Article.Date);
        Assert.Null(a.Article.DateSource);
    }

    [Fact]
    public void A_publication_date_from_metadata_is_kept_and_nothing_is_inferred()
    {
        var a = Analyze("PARIS, 5 mars 2024 (AFP) – Le ministre a annoncé une réforme.", published: DateStamp.Day(2024, 3, 6));
        Assert.Equal(DateStamp.Day(2024, 3, 6), a.Article.Date);
        Assert.Equal(DateSource.Metadata, a.Article.DateSource);
        Assert.Null(a.Article.InferredDate);
    }
}
