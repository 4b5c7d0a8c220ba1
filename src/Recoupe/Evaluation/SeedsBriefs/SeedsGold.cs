using System.Text.Json;

namespace Recoupe.Evaluation.SeedsBriefs;

/// <summary>The parts of seeds.gold.json that the brief is measured against: facts, conflicts and entity variants.</summary>
public sealed record SeedsGold(
    IReadOnlyList<string> Files,
    IReadOnlyList<GoldFact> Facts,
    IReadOnlyList<GoldConflict> Conflicts,
    IReadOnlyList<GoldEntity> Entities)
{
    public static SeedsGold Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var files = root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()!).ToList();
        var facts = root.GetProperty("facts").EnumerateArray()
            .Select(f => new GoldFact(f.GetProperty("statement").GetString()!, Strings(f.GetProperty("files")))).ToList();
        var conflicts = root.GetProperty("conflicts").EnumerateArray()
            .Select(c => new GoldConflict(
                c.GetProperty("about").GetString()!,
                c.GetProperty("values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                c.TryGetProperty("note", out var note) ? note.GetString() : null))
            .ToList();
        var entities = root.GetProperty("entities").EnumerateArray()
            .Select(e => new GoldEntity(e.GetProperty("canonical").GetString()!, e.GetProperty("type").GetString()!, Strings(e.GetProperty("variants")))).ToList();
        return new SeedsGold(files, facts, conflicts, entities);
    }

    private static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(x => x.GetString()!).ToList();
}

public sealed record GoldFact(string Statement, IReadOnlyList<string> Files);

/// <summary>A conflict of the gold; one whose note calls it a variant to merge is a pair that must NOT be reported.</summary>
public sealed record GoldConflict(string About, IReadOnlyDictionary<string, string> Values, string? Note)
{
    public bool IsRealConflict => Note is null || !Note.Contains("variant", StringComparison.OrdinalIgnoreCase);
}

public sealed record GoldEntity(string Canonical, string Type, IReadOnlyList<string> Variants);
