using System.Collections.Immutable;
using Recoupe.Briefs;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The timeline uses the tagger's values, completed for undated articles from the story's date in the direction the
/// clause leans: no event lands after the article that reports it unless the text plans it.
/// </summary>
public class TimelineAnchoringTests
{
    private static AnalyzedArticle Analyze(long id, string text, string? published) =>
        RecoupePipeline.Default.Analyze(new Article
        {
            Id = id, Input = $"a{id}.txt", ContentHash = $"h{id}", Outlet = $"Outlet {id}", Language = "fr", Text = text,
            Published = DateStamp.TryParseIso(published),
        });

    private static ImmutableArray<TimelineEvent> Timeline(params AnalyzedArticle[] articles)
    {
        var story = new Story(1, "s", DateTimeOffset.Parse("2023-09-01T00:00:00Z"), DateTimeOffset.Parse("2023-09-12T00:00:00Z"),
            articles.Select(a => a.Article.Id).ToImmutableArray());
        return new BriefBuilder().Build(story, articles).Timeline;
    }

    [Fact]
    public void An_undated_article_tells_a_past_month_in_the_year_before_the_story()
    {
        var dated = Analyze(1, "Le ministre a confirmé mardi que les négociations sur les livraisons d'armes progressaient rapidement.", "2023-09");
        var undated = Analyze(2, "Le ministre a accusé le régime de livrer des armes, ce que le régime a publiquement démenti en novembre.", null);
        var planned = Analyze(3, "Une nouvelle réunion sur les livraisons d'armes est prévue en novembre à Genève.", null);
        var dates = Timeline(dated, undated, planned).Select(e => (e.Date, e.Text)).ToList();
        Assert.Contains(dates, d => d.Date == "2022-11" && d.Text.Contains("démenti", StringComparison.Ordinal));
        Assert.Contains(dates, d => d.Date == "2023-11" && d.Text.Contains("prévue", StringComparison.Ordinal));
    }

    [Fact]
    public void A_past_date_after_its_report_stays_off_the_timeline()
    {
        // the year is written, yet the clause tells the past: a typo or a misread; the timeline does not place it after the report
        var article = Analyze(1, "Le conseil a voté le budget le 3 décembre 2023 après de longs débats.", "2023-09-12");
        var later = Assert.Single(article.Annotations.Times);
        Assert.Equal(TimeLean.Past, later.Lean);
        Assert.DoesNotContain(Timeline(article), e => e.Date == "2023-12-03");
    }

    [Fact]
    public void A_day_and_its_hour_in_one_sentence_are_one_event_at_the_hour()
    {
        var article = Analyze(1, "L'entrepôt de la coopérative a pris feu mardi vers 22 heures, selon les pompiers.", "2023-09-08");
        Assert.True(article.Annotations.Times.Count(t => t.Type is TimexType.Date or TimexType.Time) >= 2);
        var events = Timeline(article);
        var fire = Assert.Single(events);
        Assert.Equal("2023-09-05T22:00", fire.Date);
    }

    [Fact]
    public void Words_for_now_are_never_events()
    {
        var article = Analyze(1, "Désormais, la bibliothèque municipale prête aussi des instruments de musique aux habitants.", "2023-09-12");
        Assert.Contains(article.Annotations.Times, t => t.NamesNow);
        Assert.Empty(Timeline(article));
    }

    [Fact]
    public void A_later_date_is_kept_only_when_its_clause_looks_ahead_and_then_it_is_planned()
    {
        var plan = Analyze(1, "La mairie inaugurera la nouvelle médiathèque le 14 octobre 2023, annonce le maire.", "2023-09-12");
        var present = Analyze(2, "La médiathèque reste fermée le 20 octobre 2023 selon le maire.", "2023-09-12");
        var past = Analyze(3, "La mairie a inauguré l'ancienne médiathèque le 2 septembre 2023 devant les habitants.", "2023-09-12");
        var timeline = Timeline(plan, present, past);
        var planned = Assert.Single(timeline, e => e.Date == "2023-10-14");
        Assert.True(planned.Planned);
        Assert.Equal("14 octobre 2023", planned.Label);
        Assert.DoesNotContain(timeline, e => e.Date == "2023-10-20");
        var done = Assert.Single(timeline, e => e.Date == "2023-09-02");
        Assert.False(done.Planned);
    }

    [Fact]
    public void A_weekday_of_the_coming_week_told_in_the_present_is_planned()
    {
        // published Tuesday 2023-09-12: the present-tense Saturday is the 16th, scheduled; a present-tense date weeks away is not
        var scheduled = Analyze(1, "Les chauffeurs de bus de la ville sont en grève samedi contre la réforme des horaires.", "2023-09-12");
        var state = Analyze(2, "La piscine municipale reste fermée le 20 octobre 2023 selon le maire.", "2023-09-12");
        var saturday = Assert.Single(scheduled.Annotations.Times);
        Assert.Equal(("2023-09-16", TimeLean.Present), (saturday.Value, saturday.Lean));
        var timeline = Timeline(scheduled, state);
        Assert.True(Assert.Single(timeline, e => e.Date == "2023-09-16").Planned);
        Assert.DoesNotContain(timeline, e => e.Date == "2023-10-20");
    }

    [Fact]
    public void A_planned_event_is_marked_planned_in_every_rendering_and_a_past_one_is_not()
    {
        var article = Analyze(1, "La coopérative a fermé son entrepôt le 4 septembre 2023. Elle rouvrira un entrepôt neuf en mars, a promis sa présidente.", "2023-09-12");
        var story = new Story(1, "s", DateTimeOffset.Parse("2023-09-01T00:00:00Z"), DateTimeOffset.Parse("2023-09-12T00:00:00Z"), [1L]);
        var brief = new BriefBuilder().Build(story, [article]);
        Assert.Contains(brief.Timeline, e => e.Planned);
        Assert.Contains(brief.Timeline, e => !e.Planned);
        Assert.Equal("2024-03 (planned)", Recoupe.Briefs.Rendering.TimexDisplay.Of(Assert.Single(brief.Timeline, e => e.Planned)));
        Assert.Equal("2023-09-04", Recoupe.Briefs.Rendering.TimexDisplay.Of(Assert.Single(brief.Timeline, e => !e.Planned)));
        Assert.Contains("2024-03 (planned)", Recoupe.Briefs.Rendering.BriefMarkdownRenderer.Render(brief));
        Assert.Contains("2024-03 (planned)", Recoupe.Briefs.Rendering.BriefHtmlRenderer.Render(brief));
    }

    [Fact]
    public void A_story_told_in_another_year_keeps_its_days_there_and_only_plans_lie_ahead()
    {
        var article = Analyze(1, "Le 4 février 2019, un incendie a ravagé l'entrepôt de la coopérative. Les pompiers ont lutté toute la nuit. "
            + "Plusieurs salariés ont été blessés. Le vendredi, la direction a annoncé un plan social. "
            + "La coopérative rouvrira un entrepôt neuf en mars, a promis sa présidente.", "2023-09-12");
        var timeline = Timeline(article);
        Assert.Contains(timeline, e => e.Date == "2019-02-08" && e.Text.Contains("plan social", StringComparison.Ordinal));
        var plan = Assert.Single(timeline, e => e.Date == "2024-03");
        Assert.True(plan.Planned);
        // nothing after the report that the text does not plan
        Assert.All(timeline.Where(e => string.CompareOrdinal(e.Date, "2023-09-12") > 0), e => Assert.True(e.Planned, e.Date + " " + e.Text));
    }
}
