using System.Text.Json;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// judged.json of facts-fr-rpm2-dev: (fact statement, cited sentence) pairs from briefs of RPM2 topics, labelled by hand
/// SUPPORTS / PARTIAL / UNRELATED / CONTRADICTS, and conflicts labelled REAL / UPDATE / NOT_A_CONFLICT. The texts are in
/// ../mds-fr-rpm2/documents; a pair names the file of its cited sentence, whose first three characters are its topic (TNN).
/// </summary>
internal sealed record JudgedPairs(IReadOnlyList<JudgedPair> Pairs, IReadOnlyList<JudgedConflict> Conflicts)
{
    public static JudgedPairs Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var pairs = root.GetProperty("pairs").EnumerateArray().Select(p => new JudgedPair(
            p.GetProperty("statement").GetString()!, p.GetProperty("file").GetString()!, p.GetProperty("sentence").GetString()!,
            p.GetProperty("label").GetString()!)).ToList();
        var conflicts = root.TryGetProperty("conflicts", out var cs)
            ? cs.EnumerateArray().Select(c => new JudgedConflict(c.GetProperty("about").GetString()!,
                c.GetProperty("claims").EnumerateArray().Select(x => (x.GetProperty("value").GetString()!, x.GetProperty("sentence").GetString()!)).ToList(),
                c.GetProperty("label").GetString()!)).ToList()
            : [];
        return new JudgedPairs(pairs, conflicts);
    }

    /// <summary>The folder of the RPM2 documents the pairs come from (beside the judged file's folder, or RECOUPE_RPM2_DOCUMENTS).</summary>
    public static string? DocumentsFolder(string judgedPath)
    {
        var env = Environment.GetEnvironmentVariable("RECOUPE_RPM2_DOCUMENTS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var folder = Path.GetDirectoryName(Path.GetFullPath(judgedPath))!;
        var candidate = Path.Combine(folder, "..", "mds-fr-rpm2", "documents");
        return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }
}

internal sealed record JudgedPair(string Statement, string File, string Sentence, string Label)
{
    public string Topic => File.Length >= 3 ? File[..3] : File;
}

internal sealed record JudgedConflict(string About, IReadOnlyList<(string Value, string Sentence)> Claims, string Label);
