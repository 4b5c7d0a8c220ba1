using System.Text;
using System.Text.Json;

namespace Recoupe.Evaluation.Facts;

/// <summary>
/// eval/facts-judged/judged.json: our hand judgements of briefs built from RPM2 dev topics. A cited source is judged by
/// (fact statement, cited file, cited sentence) — its label (SUPPORTS / PARTIAL / UNRELATED / CONTRADICTS) and its origin (what
/// the source traces back to: the file of the dispatch it copies, an agency, a quoted speaker; own reporting is its own file).
/// A conflict is judged by its topic and its values (REAL / UPDATE / NOT_A_CONFLICT). Texts are keyed with whitespace and
/// case folded, so the judgements survive re-runs that cite the same sentences; a new citation is reported as unjudged.
/// </summary>
internal sealed class BriefJudgements
{
    public sealed record Citation(string Label, string Origin);

    private readonly Dictionary<string, Citation> _citations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _conflicts = new(StringComparer.Ordinal);

    public int CitationCount => _citations.Count;
    public int ConflictCount => _conflicts.Count;

    public static BriefJudgements Load(string path)
    {
        var j = new BriefJudgements();
        if (!File.Exists(path)) return j;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        if (root.TryGetProperty("citations", out var cs))
            foreach (var c in cs.EnumerateArray())
                j._citations[CitationKey(c.GetProperty("statement").GetString()!, c.GetProperty("file").GetString()!, c.GetProperty("sentence").GetString()!)] =
                    new Citation(c.GetProperty("label").GetString()!.ToUpperInvariant(), c.GetProperty("origin").GetString()!);
        if (root.TryGetProperty("conflicts", out var fs))
            foreach (var f in fs.EnumerateArray())
                j._conflicts[ConflictKey(f.GetProperty("topic").GetString()!, f.GetProperty("values").EnumerateArray().Select(v => v.GetString()!))] =
                    f.GetProperty("label").GetString()!.ToUpperInvariant();
        return j;
    }

    /// <summary>The judged citations as (statement, cited sentence) pairs, to train and check the pair classifier with.</summary>
    public static List<JudgedPair> Pairs(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.TryGetProperty("citations", out var cs)
            ? cs.EnumerateArray().Select(c => new JudgedPair(c.GetProperty("statement").GetString()!, c.GetProperty("file").GetString()!,
                c.GetProperty("sentence").GetString()!, c.GetProperty("label").GetString()!.ToUpperInvariant())).ToList()
            : [];
    }

    public Citation? Find(string statement, string file, string sentence) =>
        _citations.GetValueOrDefault(CitationKey(statement, file, sentence));

    public string? FindConflict(string topic, IEnumerable<string> values) => _conflicts.GetValueOrDefault(ConflictKey(topic, values));

    public static string CitationKey(string statement, string file, string sentence) => Fold(statement) + "\u0001" + file + "\u0001" + Fold(sentence);

    public static string ConflictKey(string topic, IEnumerable<string> values) =>
        topic + "\u0001" + string.Join("\u0001", values.Select(Fold).Order(StringComparer.Ordinal));

    /// <summary>Runs of whitespace as one space, lower case, typographic apostrophes as plain ones.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u202F') { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }
}
