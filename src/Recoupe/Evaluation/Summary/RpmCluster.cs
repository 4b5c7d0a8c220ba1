using System.Text;
using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Evaluation.Summary;

/// <summary>
/// One RPM2 cluster (TNN_CC): its 10 documents as raw inputs (the first line is the title, given as a hint,
/// the rest is the body) and its 4 human reference summaries.
/// </summary>
public sealed record RpmCluster(string Name, IReadOnlyList<RawDocument> Documents, IReadOnlyList<string> References)
{
    public static IReadOnlyList<RpmCluster> Load(string folder)
    {
        var documents = Path.Combine(folder, "documents");
        var references = Path.Combine(folder, "references");
        if (!Directory.Exists(documents) || !Directory.Exists(references)) return [];
        return Directory.EnumerateFiles(documents, "T*_C*_*.txt")
            .GroupBy(f => ClusterOf(Path.GetFileName(f)))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RpmCluster(
                g.Key,
                g.OrderBy(f => f, StringComparer.Ordinal).Select(ReadDocument).ToList(),
                Directory.EnumerateFiles(references, g.Key + "_A*.txt").OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => TextDecoder.NormaliseLineEnds(TextDecoder.Decode(File.ReadAllBytes(f))).Trim()).ToList()))
            .Where(c => c.References.Count > 0)
            .ToList();
    }

    private static string ClusterOf(string fileName) => fileName[..fileName.LastIndexOf('_')];

    internal static RawDocument ReadDocument(string path)
    {
        var text = TextDecoder.NormaliseLineEnds(TextDecoder.Decode(File.ReadAllBytes(path)));
        int newline = text.IndexOf('\n');
        var title = newline < 0 ? null : text[..newline].Trim();
        var body = newline < 0 ? text : text[(newline + 1)..];
        return new RawDocument(Path.GetFileName(path), Encoding.UTF8.GetBytes(body), InputKind.Text, new DocumentHints(Title: title));
    }
}
