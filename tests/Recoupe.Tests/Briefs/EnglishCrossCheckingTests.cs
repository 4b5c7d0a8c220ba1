using System.Collections.Immutable;
using Recoupe.Briefs;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// English stories cross-checked as French ones are: counts of evacuated people compared whichever noun counts them, the date of an
/// event that names no one who did it, a part of the day, "£3.5m", the toll told as "has risen to five"; a figure that grows between
/// reports of different days is an update, and sentences that agree make no conflict. The stories under Specs/CrossChecking are our
/// own inventions (plain text, one file per outlet, outlet and date on a credit line), run through the whole default pipeline.
/// </summary>
public class EnglishCrossCheckingTests
{
    private static (Brief Brief, Dictionary<long, string> Files) Run(string folder)
    {
        var pipeline = RecoupePipeline.Default;
        var articles = new List<AnalyzedArticle>();
        var files = new Dictionary<long, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "CrossChecking", folder), "*.txt").Order(StringComparer.Ordinal))
        {
            var cleaned = pipeline.Clean(new RawDocument(Path.GetFileName(file), File.ReadAllBytes(file), InputKind.Text));
            Assert.True(cleaned.Success, cleaned.Error);
            long id = articles.Count + 1;
            articles.Add(pipeline.Analyze(cleaned.Value! with { Id = id }));
            files[id] = Path.GetFileNameWithoutExtension(file);
        }
        var story = new Story(1, folder, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, articles.Select(a => a.Article.Id).ToImmutableArray());
        return (pipeline.BriefBuilder.Build(story, articles), files);
    }

    /// <summary>The file each side of a conflict cites, with the value it gives (its first word: "More", "About", "$25"…).</summary>
    private static string[] Sides(Conflict c, Dictionary<long, string> files) =>
        c.Claims.Select(x => files[x.Sources[0].ArticleId] + ":" + x.Value).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Flood_story_reports_the_evacuation_count_the_funds_and_the_declaration_date_as_conflicts()
    {
        var (brief, files) = Run("en-flood");
        var values = brief.Conflicts.Where(c => c.Kind == "value").ToList();
        var evacuated = Assert.Single(values, c => c.About.Contains("evacuation"));
        Assert.Equal(["a1:More than 4,000", "b1:About 3,500"], Sides(evacuated, files));
        var funds = Assert.Single(values, c => c.About.StartsWith("Amount in USD", StringComparison.Ordinal));
        Assert.Equal(["a1:$25 million", "b1:$40 million"], Sides(funds, files));
        var declared = Assert.Single(values, c => c.Differs == "date");
        Assert.Contains("declared", declared.About);
        Assert.Equal(["a1:Thursday evening (2025-03-13TEV)", "b1:Wednesday night (2025-03-12TNI)"], Sides(declared, files));
        // The toll told two days later is its evolution, oldest first.
        var toll = Assert.Single(brief.Conflicts, c => c.Kind == "update");
        Assert.Equal(["Two", "Five"], toll.Claims.Select(c => c.Value).ToArray());
        Assert.Equal(3, values.Count);
        // What both outlets agree on (the crest of 6.2 metres, two dead at the bridge) is a fact with both, not a conflict.
        Assert.Contains(brief.Facts, f => f.Statement.Contains("6.2 metres") && f.Sources.Select(s => s.ArticleId).Distinct().Count() == 2);
        // No fact counts the other outlet's figure as confirming its own.
        Assert.DoesNotContain(brief.Facts, f => f.Statement.Contains("4,000") && f.Sources.Any(s => files[s.ArticleId] == "b1"));
    }

    [Fact]
    public void Fire_story_written_otherwise_gives_conflicts_on_one_day_and_updates_the_next()
    {
        var (brief, files) = Run("en-fire");
        var values = brief.Conflicts.Where(c => c.Kind == "value").ToList();
        Assert.Equal(["p1:some 1,200", "p2:Nearly 2,000"], Sides(Assert.Single(values, c => c.About.Contains("evacuation")), files));
        Assert.Equal(["p1:Three", "p2:Four"], Sides(Assert.Single(values, c => c.About.Contains("death toll")), files));
        Assert.Equal(2, values.Count);
        // The next day's figures are each figure's evolution: they end on the later report.
        var updates = brief.Conflicts.Where(c => c.Kind == "update").ToList();
        Assert.Equal("p3:More than 3,000", files[Assert.Single(updates, c => c.About.Contains("evacuation")).Claims[^1].Sources[0].ArticleId] + ":"
                                            + updates.Single(c => c.About.Contains("evacuation")).Claims[^1].Value);
        Assert.Equal("five", Assert.Single(updates, c => c.About.Contains("death toll")).Claims[^1].Value);
        // Eleven injured in all three reports, and one fine of £2 million written two ways: no conflict about either.
        Assert.DoesNotContain(brief.Conflicts, c => c.Claims.Any(x => x.Value.Contains("11") || x.Value.Contains("£")));
    }

    [Fact]
    public void Ferry_story_dates_of_saying_are_no_dates_of_the_event_and_the_toll_rises()
    {
        var (brief, files) = Run("en-ferry");
        // "…off the island late on Sunday, the coastguard said" / "…has risen to 17, the coastguard said on Wednesday": the second
        // date is when it was said; nothing disagrees on when the ferry capsized. Nine drowned and about thirty missing agree too.
        Assert.DoesNotContain(brief.Conflicts, c => c.Kind == "value");
        var toll = Assert.Single(brief.Conflicts, c => c.Kind == "update" && c.About.Contains("death toll"));
        Assert.Equal(["f1:At least 9", "f3:17"], toll.Claims.Select(c => files[c.Sources[0].ArticleId] + ":" + c.Value).ToArray());
    }

    private static Quantity Single(string sentence) =>
        Assert.Single(QuantityParser.Parse(sentence, new TextSpan(0, sentence.Length), "en", []));

    [Theory]
    [InlineData("Some 1,200 residents living within two kilometres of the site were evacuated.", 1200, "evacuation")]
    [InlineData("Nearly 2,000 people had to be evacuated from their homes.", 2000, "evacuation")]
    [InlineData("Four workers died in the fire.", 4, "death toll")]
    [InlineData("In all, 11 were injured.", 11, "injuries")]
    [InlineData("The death toll has risen to five.", 5, "death toll")]
    [InlineData("The number of miners killed in the blast reached 14.", 14, "death toll")]
    [InlineData("The number of people who drowned when the boat sank off the headland has risen to 17.", 17, "death toll")]
    [InlineData("Rescuers said 37 people are still missing.", 37, "missing")]
    public void What_befell_the_people_a_figure_counts_is_read_from_its_clause(string sentence, double value, string counted)
    {
        var q = QuantityParser.Parse(sentence, new TextSpan(0, sentence.Length), "en", [])[0];
        Assert.Equal(value, q.Low);
        Assert.Equal(counted, q.Key);
        Assert.True(q.IsCountClassFigure);
    }

    [Fact]
    public void A_count_of_homes_is_not_a_count_of_people_and_a_later_clause_is_not_the_figure_s()
    {
        Assert.True(Single("About 600 people were evacuated.").IsCountClassFigure);
        Assert.NotEqual(Single("About 600 homes were evacuated.").Key, Single("About 600 people were evacuated.").Key);
        Assert.False(Single("About 600 homes were evacuated.").IsCountClassFigure);
        Assert.Null(Single("Some 300 people gathered at the church and prayed for those killed.").CountedClass);
        // The toll is not what an earlier verb did: "arrested" is not what the 5 count.
        Assert.Null(QuantityParser.Parse("Police arrested 3 people after the toll rose to 5.", new TextSpan(0, 49), "en", [])[^1].CountedClass);
    }

    [Theory]
    [InlineData("The company was fined £3.5m last year.", 3.5e6, "GBP")]
    [InlineData("The council set aside $40m for repairs.", 40e6, "USD")]
    [InlineData("The wall is 3 m high.", 3, "")]
    public void A_million_written_m_after_a_currency(string sentence, double value, string unit)
    {
        var q = Single(sentence);
        Assert.Equal(value, q.Low);
        if (unit.Length > 0) Assert.Equal(unit, q.Unit);
    }

    private static TimeMention Time(string value) => new(new TextSpan(0, 1), TimexType.Time, value);

    [Theory]
    [InlineData("2025-03-13TEV", "2025-03-12TNI", false)]
    [InlineData("2025-03-13TEV", "2025-03-13", true)]
    [InlineData("2025-03-13TMO", "2025-03-13TEV", true)]
    [InlineData("2025-03-12TNI", "2025-03-13TMO", true)]
    [InlineData("2025-03-12TNI", "2025-03-13", true)]
    [InlineData("2025-03-12TNI", "2025-03-13TEV", false)]
    public void A_part_of_the_day_dates_its_day(string a, string b, bool same)
    {
        Assert.True(TimeValues.IsCalendarDate(Time(a)));
        Assert.Equal(same, TimeValues.SameMoment(a, b));
    }

    // Other news in each article, so that the story's vocabulary is not just the two statements.
    private const string FillerA = " The town's library will reopen next month after repairs. Bus fares rise by ten pence in April.";
    private const string FillerB = " A new footbridge over the canal is due to open in the summer. The marathon drew a record field.";

    [Theory]
    // The same day, one outlet giving the part of it: they agree.
    [InlineData("on Tuesday", "2024-05-14", "on Tuesday afternoon", "2024-05-14TAF", false)]
    // Two weekdays both outlets wrote: a disagreement on when it was done, though neither names who did it.
    [InlineData("on Tuesday", "2024-05-14", "on Monday evening", "2024-05-13TEV", true)]
    public void The_date_of_an_act_that_names_no_one_is_compared_by_what_was_done(string whenA, string valueA, string whenB, string valueB, bool conflict)
    {
        var story = new HandBuiltStory()
            .Add($"A curfew was imposed across the district {whenA}, the regional council said." + FillerA, "A", language: "en",
                published: "2024-05-15T09:00:00Z", times: [(whenA, valueA)])
            .Add($"Officials said a curfew was imposed {whenB} as the unrest spread." + FillerB, "B", language: "en",
                published: "2024-05-15T11:00:00Z", times: [(whenB, valueB)]);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Equal(conflict, brief.Conflicts.Any(c => c.Kind == "value" && c.Differs == "date" && c.About.Contains("curfew")));
    }

    [Fact]
    public void Counts_that_agree_within_their_hedges_make_no_conflict()
    {
        var town = new (string, EntityType, string)[] { ("Brackley", EntityType.Place, "brackley") };
        var story = new HandBuiltStory()
            .Add("More than 4,000 people were evacuated from Brackley on Monday, police said." + FillerA, "A", language: "en",
                published: "2024-05-15T09:00:00Z", entities: town)
            .Add("Some 4,200 residents of Brackley were evacuated, according to police." + FillerB, "B", language: "en",
                published: "2024-05-15T10:00:00Z", entities: town);
        var brief = new BriefBuilder().Build(story.Story, story.Articles);
        Assert.Empty(brief.Conflicts);
        // Not for want of comparing them: both count the evacuated, and the floor and the hedged figure agree.
        var a = QuantityParser.Parse(story.Articles[0].Article.Text, story.Articles[0].Annotations.Sentences[0].Span, "en", [])[0];
        var b = QuantityParser.Parse(story.Articles[1].Article.Text, story.Articles[1].Annotations.Sentences[0].Span, "en", [])[0];
        Assert.Equal(a.Key, b.Key);
        Assert.Equal(ValueAgreement.Compatible, Quantity.Compare(a, b));
    }
}
