using System.Text;
using System.Text.Json;
using Recoupe.Bench.Stream;

namespace Recoupe.Bench.Ingest;

/// <summary>
/// A JSON Lines stream for the ingest bench: <see cref="SyntheticStream"/>'s articles (rewritten from RPM2 and the
/// seeds, pseudo-topics born and ending over time, wire copies) spread evenly over a number of days, written as the
/// JSON Lines a scraper would hand to `recoupe ingest` (url, title, published, outlet, text). Deterministic for a seed,
/// so that two runs of the bench ingest the same bytes.
/// </summary>
public static class SyntheticJsonLines
{
    /// <summary>Invented outlet names: a stream from one outlet would make every copy "the same source".</summary>
    private static readonly string[] Outlets = ["Le Courrier du Soir", "La Gazette des Plaines", "Info Rivages", "Le Veilleur", "Dépêches du Centre", "L'Écho des Ports", "Le Matin Clair"];

    /// <summary>Writes <paramref name="count"/> articles over <paramref name="days"/> days into files of <paramref name="perFile"/> lines; returns their paths in order.</summary>
    public static IReadOnlyList<string> Write(string dataDir, string folder, int count, int days, int perFile, int seed = 1)
    {
        var stream = new SyntheticStream(StreamBenchmark.LoadBase(dataDir), seed, articlesPerDay: (double)count / days);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        StreamWriter? file = null;
        for (int i = 0; i < count; i++)
        {
            if (i % perFile == 0)
            {
                file?.Dispose();
                var path = Path.Combine(folder, $"stream-{i / perFile + 1:D2}.jsonl");
                paths.Add(path);
                file = new StreamWriter(path, false, new UTF8Encoding(false));
            }
            var a = stream.Next().Article;
            file!.Write(Line(i, a));
            file.Write('\n');
        }
        file?.Dispose();
        return paths;
    }

    private static string Line(int i, Model.Article a)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("url", $"https://news.example/{i}");
            json.WriteString("title", a.Title);
            if (a.Published is { } p) json.WriteString("published", p.ToIso());
            json.WriteString("outlet", Outlets[i % Outlets.Length]);
            json.WriteString("language", a.Language);
            json.WriteString("text", a.Text);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
