using System.Text;
using Recoupe.Contracts;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

/// <summary>
/// Through the engine and the store: an undated input keeps `published` empty and gets an inferred date with its source,
/// read back after a restart and shown in the brief; the day-received fallback comes from the injected clock.
/// </summary>
public class InferredDateIngestTests
{
    private static readonly FixedClock Clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));

    private static InputItem Text(string name, string text) => new InputDocument(new RawDocument(name, Encoding.UTF8.GetBytes(text), InputKind.Text));

    [Fact]
    public void Inferred_dates_and_their_sources_are_stored_and_shown_in_the_brief()
    {
        using var temp = new TempStore();
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll([
            Text("dateline.txt", "LYON, 3 novembre 2026 (AFP) – La métropole a présenté hier son plan pour les pistes cyclables du centre."),
            Text("plain.txt", "La métropole a présenté son plan pour les pistes cyclables du centre, très attendu par les associations."),
        ]);
        Assert.Equal(2, report.Added);

        var store = temp.Reopen();
        var byName = report.Outcomes.ToDictionary(o => o.Input, o => store.GetArticle(o.ArticleId!.Value)!.Article);
        Assert.Null(byName["dateline.txt"].Published);
        Assert.Equal((DateStamp.Day(2026, 11, 3), DateSource.Dateline), (byName["dateline.txt"].Date!, byName["dateline.txt"].DateSource!.Value));
        // Nothing in the text dates it: the day the (fixed) clock says it was received.
        Assert.Equal((DateStamp.Day(2026, 11, 25), DateSource.Ingested), (byName["plain.txt"].Date!, byName["plain.txt"].DateSource!.Value));

        var story = report.Outcomes.First(o => o.Input == "dateline.txt").StoryId!.Value;
        var json = BriefDocument.ToJson(store.GetBrief(store.ResolveStoryId(story) ?? story)!);
        Assert.Contains("\"date_source\": \"dateline\"", json);
        Assert.Contains("\"date\": \"2026-11-03\"", json);
    }

    [Fact]
    public void Re_ingesting_later_keeps_the_day_first_received()
    {
        using var temp = new TempStore();
        var input = Text("plain.txt", "La métropole a présenté son plan pour les pistes cyclables du centre, très attendu par les associations.");
        var first = new RecoupeEngine(RecoupePipeline.Default, temp.Store, Clock).IngestAll([input]);
        var later = new FixedClock(DateTimeOffset.Parse("2026-12-02T12:00:00Z"));
        new RecoupeEngine(RecoupePipeline.Default, temp.Reopen(), later).ReingestAll([input]);
        var article = temp.Store.GetArticle(first.Outcomes[0].ArticleId!.Value)!.Article;
        Assert.Equal(DateStamp.Day(2026, 11, 25), article.Date);
        Assert.Equal(DateSource.Ingested, article.DateSource);
    }
}
