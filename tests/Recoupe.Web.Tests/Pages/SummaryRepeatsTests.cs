using Recoupe.Web.Tests.Support;

namespace Recoupe.Web.Tests.Pages;

/// <summary>A brief's summary never tells the same thing twice, even when one outlet wraps the sentence in more words.</summary>
public sealed class SummaryRepeatsTests
{
    private static HashSet<string> Words(string s) =>
        [.. s.ToLowerInvariant().Split([' ', ',', '.', '\'', '’', ':'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3)];

    [Fact]
    public void No_summary_bullet_is_contained_in_another()
    {
        using var dir = new TempDir();
        using var store = new Recoupe.Storage.SqliteStore(Path.Combine(dir.Path, "s.db"));
        const string core = "La gardienne du phare de Kerbrat a secouru cinq kayakistes pris dans la tempête au large de l'île";
        // Three outlets' texts through the whole pipeline (the summary needs the sentences the analysis finds).
        var texts = new[]
        {
            core + ". Les kayakistes sont sains et saufs. Le phare reste ouvert aux visites.",
            core + ", a raconté le maire de la commune lors d'une conférence de presse tenue mercredi soir devant la mairie. " +
                "La tempête a aussi arraché des toitures sur le port.",
            "Au large de l'île, la tempête a surpris cinq kayakistes. " + core + ". Ils ont été ramenés au port.",
        };
        var inputs = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(inputs);
        for (int i = 0; i < texts.Length; i++) File.WriteAllText(Path.Combine(inputs, $"depeche-{i}.txt"), texts[i]);
        var report = new Recoupe.Pipeline.RecoupeEngine(Recoupe.Pipeline.RecoupePipeline.Default, store)
            .IngestAll(Recoupe.Ingest.InputCollector.Collect([inputs]));
        var story = store.ListStories(10).OrderByDescending(s => s.ArticleCount).First().Id;
        var summary = store.GetBrief(story)!.Summary.Select(s => s.Text).ToList();
        Assert.True(summary.Count >= 2, string.Join(" | ", summary));
        for (int i = 0; i < summary.Count; i++)
            for (int j = 0; j < summary.Count; j++)
            {
                if (i == j) continue;
                var (a, b) = (Words(summary[i]), Words(summary[j]));
                if (a.Count > b.Count) continue;
                Assert.True(a.Count(b.Contains) < 0.8 * a.Count, $"«{summary[i]}» is said again in «{summary[j]}»");
            }
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("recoupe-summary-").FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
