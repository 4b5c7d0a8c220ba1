using System.Text.Json;

namespace Recoupe.Evaluation.SeedsMentions;

/// <summary>The parts of seeds.gold.json this suite reads: entities with their variants, and quotations with speakers.</summary>
public sealed record SeedsGold(IReadOnlyList<GoldEntityVariants> Entities, IReadOnlyList<GoldQuote> Quotes)
{
    public static SeedsGold Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var entities = new List<GoldEntityVariants>();
        if (root.TryGetProperty("entities", out var es))
            foreach (var e in es.EnumerateArray())
                entities.Add(new GoldEntityVariants(
                    e.GetProperty("canonical").GetString() ?? "",
                    e.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "",
                    e.GetProperty("variants").EnumerateArray().Select(v => v.GetString() ?? "").Where(v => v.Length > 0).ToList()));
        var quotes = new List<GoldQuote>();
        if (root.TryGetProperty("quotes", out var qs))
            foreach (var q in qs.EnumerateArray())
                quotes.Add(new GoldQuote(q.GetProperty("file").GetString() ?? "", q.GetProperty("speaker").GetString() ?? "", q.GetProperty("starts").GetString() ?? ""));
        return new SeedsGold(entities, quotes);
    }
}

public sealed record GoldEntityVariants(string Canonical, string Type, IReadOnlyList<string> Variants)
{
    /// <summary>"le dirigeant nord-coréen", "groupe privé de sécurité Arbalète": a description, not a name (starts in lower case).</summary>
    public static bool IsDescriptive(string variant) => variant.Length > 0 && char.IsLower(variant[0]);
}

public sealed record GoldQuote(string File, string Speaker, string Starts);
