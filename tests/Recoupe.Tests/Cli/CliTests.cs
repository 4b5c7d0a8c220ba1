using System.Text.Json;

namespace Recoupe.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-cli-").FullName;
    private string Store => Path.Combine(_dir, "store.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_on_the_samples_prints_one_story_with_all_five_articles_and_a_second_run_changes_nothing()
    {
        var first = CliProcess.Run(Store, "run", "samples", "--format", "json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        using var brief = JsonDocument.Parse(first.Stdout);
        Assert.Equal(5, brief.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Contains("added 5", first.Stderr);

        var second = CliProcess.Run(Store, "run", "samples", "--format", "json");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("added 0, unchanged 5", second.Stderr);
        using var again = JsonDocument.Parse(second.Stdout);
        Assert.Equal(brief.RootElement.GetProperty("id").GetInt64(), again.RootElement.GetProperty("id").GetInt64());

        var stories = CliProcess.Run(Store, "stories", "--format", "json");
        using var list = JsonDocument.Parse(stories.Stdout);
        Assert.Equal(1, list.RootElement.GetArrayLength());
        Assert.Equal(5, list.RootElement[0].GetProperty("articles").GetInt32());
    }

    [Fact]
    public void An_article_nothing_dates_takes_the_day_received_from_RECOUPE_NOW_and_says_so()
    {
        var file = Path.Combine(_dir, "undated.txt");
        File.WriteAllText(file, "La métropole a présenté son plan pour les pistes cyclables du centre, très attendu par les associations.");
        var run = CliProcess.RunWith(Store, new Dictionary<string, string> { ["RECOUPE_NOW"] = "2026-11-25T12:00:00Z" }, "run", file, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var brief = JsonDocument.Parse(run.Stdout);
        var article = brief.RootElement.GetProperty("articles")[0];
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal("2026-11-25", article.GetProperty("date").GetString());
        Assert.Equal("ingested", article.GetProperty("date_source").GetString());
    }

    [Fact]
    public void Rejected_inputs_get_one_line_each_and_exit_code_3_while_the_rest_is_ingested()
    {
        var bin = Path.Combine(_dir, "photo.txt");
        File.WriteAllBytes(bin, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        var empty = Path.Combine(_dir, "empty.html");
        File.WriteAllText(empty, "");
        var r = CliProcess.Run(Store, "ingest", bin, empty, "samples/seeds/000_0189d6b58acb346b.txt");
        Assert.Equal(3, r.ExitCode);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("rejected:")).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains("photo.txt") && l.Contains("binary"));
        Assert.Contains(lines, l => l.Contains("empty.html") && l.Contains("empty"));
        Assert.Contains("added 1", r.Stdout);
    }

    [Fact]
    public void Extract_prints_one_json_document_for_one_input_and_json_lines_for_several()
    {
        var one = CliProcess.Run(Store, "extract", "samples/seeds/004_6ad28e2ce761a03c.txt");
        Assert.Equal(0, one.ExitCode);
        using (var doc = JsonDocument.Parse(one.Stdout))
            Assert.True(doc.RootElement.GetProperty("text").GetString()!.Length > 500);

        var many = CliProcess.Run(Store, "extract", "samples/seeds");
        Assert.Equal(0, many.ExitCode);
        var lines = many.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.EndsWith(".txt", JsonDocument.Parse(l).RootElement.GetProperty("input").GetString()));
    }

    [Fact]
    public void Annotate_takes_a_publication_date_and_prints_offsets_into_its_text()
    {
        var r = CliProcess.Run(Store, "annotate", "samples/seeds/001_f34ed3a1744b337c.txt", "--published", "2023-09-05");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var text = doc.RootElement.GetProperty("text").GetString()!;
        Assert.Equal("2023-09-05", doc.RootElement.GetProperty("published").GetString());
        foreach (var s in doc.RootElement.GetProperty("sentences").EnumerateArray())
            Assert.Equal(s.GetProperty("text").GetString(), text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Extract_and_annotate_date_an_undated_text_by_its_dateline_and_never_by_the_day_they_run()
    {
        var dated = Path.Combine(_dir, "dateline.txt");
        File.WriteAllText(dated, "GRENOBLE, 14 octobre 2026 (AFP) – Le conseil municipal a voté hier le budget des écoles de la ville.");
        var plain = Path.Combine(_dir, "plain.txt");
        File.WriteAllText(plain, "Le conseil municipal a voté le budget des écoles de la ville après un long débat sur les cantines.");
        var clock = new Dictionary<string, string> { ["RECOUPE_NOW"] = "2026-10-20T09:00:00Z" };

        var extract = CliProcess.RunWith(Store, clock, "extract", dated, plain);
        Assert.Equal(0, extract.ExitCode);
        var docs = extract.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(d => Path.GetFileName(d.GetProperty("input").GetString()!));
        Assert.Equal(JsonValueKind.Null, docs["dateline.txt"].GetProperty("published").ValueKind);
        Assert.Equal("2026-10-14", docs["dateline.txt"].GetProperty("date").GetString());
        Assert.Equal("dateline", docs["dateline.txt"].GetProperty("date_source").GetString());
        // Nothing in the text dates it: no date, not the day it was extracted.
        Assert.Equal(JsonValueKind.Null, docs["plain.txt"].GetProperty("date").ValueKind);
        Assert.Equal(JsonValueKind.Null, docs["plain.txt"].GetProperty("date_source").ValueKind);

        var annotate = CliProcess.RunWith(Store, clock, "annotate", dated);
        Assert.Equal(0, annotate.ExitCode);
        using var doc = JsonDocument.Parse(annotate.Stdout);
        Assert.Equal("2026-10-14", doc.RootElement.GetProperty("date").GetString());
        Assert.Equal("dateline", doc.RootElement.GetProperty("date_source").GetString());
        // "hier" is read against the dateline's day.
        var yesterday = doc.RootElement.GetProperty("times").EnumerateArray().Single(t => t.GetProperty("text").GetString() == "hier");
        Assert.Equal("2026-10-13", yesterday.GetProperty("value").GetString());
    }

    [Fact]
    public void A_wrong_command_line_or_a_missing_story_say_so_with_an_exit_code()
    {
        Assert.Equal(2, CliProcess.Run(Store, "story", "1", "--format", "pdf").ExitCode);
        var missing = CliProcess.Run(Store, "story", "999");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no story 999", missing.Stderr);
        Assert.Equal(1, CliProcess.Run(Store, "eval", "no-such-suite").ExitCode);
    }

    [Fact]
    public void Reingest_applies_a_sidecar_written_after_its_text_and_all_reruns_every_stored_input()
    {
        var folder = Path.Combine(_dir, "in");
        Directory.CreateDirectory(folder);
        var article = Path.Combine(folder, "a.txt");
        File.WriteAllText(article, "Le conseil municipal a voté le budget des écoles après un long débat sur les cantines.");
        Assert.Equal(0, CliProcess.Run(Store, "ingest", folder).ExitCode);
        File.WriteAllText(article + ".meta.json", """{"outlet": "Le Courrier", "published": "2024-05-02"}""");

        var again = CliProcess.Run(Store, "reingest", folder);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("updated 1", again.Stdout);
        using (var list = JsonDocument.Parse(CliProcess.Run(Store, "stories", "--format", "json").Stdout))
            Assert.Equal(["Le Courrier"], list.RootElement[0].GetProperty("outlets").EnumerateArray().Select(o => o.GetString()));

        var all = CliProcess.Run(Store, "reingest", "--all");
        Assert.True(all.ExitCode == 0, all.Stderr);
        Assert.Contains("updated 1", all.Stdout);
        Assert.Equal(2, CliProcess.Run(Store, "reingest").ExitCode); // neither paths nor --all
    }

    [Fact]
    public void A_story_listed_after_an_aborted_batch_prints_its_brief()
    {
        // A batch killed before it rebuilt its briefs leaves the story without one: simulated by ingesting through the
        // engine and cancelling it before the briefs.
        using (var store = new Recoupe.Storage.SqliteStore(Store))
        {
            using var cancel = new CancellationTokenSource();
            Assert.Throws<OperationCanceledException>(() => new Recoupe.Pipeline.RecoupeEngine(Recoupe.Pipeline.RecoupePipeline.Default, store)
                .IngestAll(Recoupe.Ingest.InputCollector.Collect([TestPaths.Seeds]), _ => cancel.Cancel(), cancel.Token));
        }
        using var list = JsonDocument.Parse(CliProcess.Run(Store, "stories", "--format", "json").Stdout);
        var id = list.RootElement[0].GetProperty("id").GetInt64();
        var story = CliProcess.Run(Store, "story", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        Assert.True(story.ExitCode == 0, story.Stderr);
        using var brief = JsonDocument.Parse(story.Stdout);
        Assert.Equal(id, brief.RootElement.GetProperty("id").GetInt64());
    }
}
