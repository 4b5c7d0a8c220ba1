using System.Text.Json;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Spec files (Specs/Mentions/NAME.LANG.txt + NAME.LANG.expected.json), written for these tests: entities with
/// types and roles, quotations with speakers (pronouns, inversions, "selon"/"according to", indirect speech),
/// and quoted words that are not quotations.
/// </summary>
public class MentionSpecTests
{
    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Mentions"), "*.expected.json").Order())
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Spec_holds(string expectedFile)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs", "Mentions");
        var name = expectedFile[..^".expected.json".Length];
        var text = File.ReadAllText(Path.Combine(folder, name + ".txt")).Replace("\r\n", "\n");
        var language = name[(name.LastIndexOf('.') + 1)..];
        var annotations = RecoupePipeline.Default.Annotate(text, language, null);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, expectedFile)));
        var failures = new List<string>();

        foreach (var e in expected.RootElement.GetProperty("entities").EnumerateArray())
        {
            var surface = e.GetProperty("text").GetString()!;
            var type = Enum.Parse<EntityType>(e.GetProperty("type").GetString()!);
            var m = annotations.Entities.FirstOrDefault(x => x.Span.Of(text) == surface);
            if (m is null) { failures.Add($"entity not found: {surface}"); continue; }
            if (m.Type != type) failures.Add($"entity {surface}: type {m.Type}, expected {type}");
            if (e.TryGetProperty("role", out var role) && m.Role != role.GetString()) failures.Add($"entity {surface}: role '{m.Role}', expected '{role.GetString()}'");
        }
        foreach (var q in expected.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var starts = q.GetProperty("starts").GetString()!;
            var speaker = q.GetProperty("speaker").GetString()!;
            var m = annotations.Quotes.FirstOrDefault(x => x.Span.Of(text).Contains(starts, StringComparison.Ordinal));
            if (m is null) { failures.Add($"quote not found: {starts}"); continue; }
            if (m.Speaker != speaker) failures.Add($"quote '{starts}': speaker '{m.Speaker}', expected '{speaker}'");
            bool indirect = q.TryGetProperty("indirect", out var ind) && ind.GetBoolean();
            if (m.Indirect != indirect) failures.Add($"quote '{starts}': indirect {m.Indirect}");
        }
        if (expected.RootElement.TryGetProperty("not_quotes", out var notQuotes))
            foreach (var n in notQuotes.EnumerateArray())
                if (annotations.Quotes.Any(x => x.Span.Of(text) == n.GetString())) failures.Add($"scare quote taken for a quotation: {n.GetString()}");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
