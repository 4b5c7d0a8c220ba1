using System.Text;
using System.Text.Json;
using Recoupe.Contracts;
using Recoupe.Pipeline;

namespace Recoupe.Web.Tests.Support;

/// <summary>The repository's seed articles, posted as JSON Lines with (made-up) outlets and days so that pages have something to chart.</summary>
public static class SeedCorpus
{
    public static readonly string[] Outlets = ["Le Quotidien", "Radio Est", "L'Hebdo", "Agence Nord", "Info <Direct>"];

    public static string JsonLines()
    {
        var sb = new StringBuilder();
        var files = RepoPaths.SeedFiles;
        for (int i = 0; i < files.Count; i++)
        {
            var text = File.ReadAllText(files[i]);
            var line = new Dictionary<string, string>
            {
                ["text"] = text,
                ["title"] = Headline(text),
                ["outlet"] = Outlets[i % Outlets.Length],
                ["published"] = $"2023-09-{5 + Math.Min(i, 3) * 2:00}",
                ["url"] = $"https://news.example/{i}",
            };
            sb.Append(JsonSerializer.Serialize(line)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The first line long enough to be a headline (test data only: the cleaner finds titles itself).</summary>
    private static string Headline(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Split(' ').Length >= 8 && l.Length < 160) ?? "Untitled";

    /// <summary>Posts the seeds and returns the ingest outcomes (article ids in seed order).</summary>
    public static async Task<IReadOnlyList<IngestOutcome>> PostAsync(RunningServer server)
    {
        using var response = await server.PostAsync(JsonLines(), "application/x-ndjson", query: "?input=seeds.jsonl");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("outcomes").Deserialize<List<IngestOutcome>>(ContractJson.Options)!;
    }
}
