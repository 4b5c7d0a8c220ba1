using System.Text.RegularExpressions;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Clustering;

/// <summary>An article of a clustering gold set with its gold topic ("T01") and cluster ("T01_C1").</summary>
public sealed record GoldArticle(string File, string Topic, string Cluster, AnalyzedArticle Article);

/// <summary>
/// Reads RPM2 (de Loupy et al., LREC 2010) documents: files TNN_CC_DD.txt, UTF-8 with BOM, first line the
/// title, no dates. Topics are TNN; clusters TNN_CC (C2 a month after C1). references/ is not read.
/// </summary>
public static partial class Rpm2Corpus
{
    [GeneratedRegex(@"^(T\d+)_(C\d+)_\d+\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    public static IReadOnlyList<GoldArticle> Load(string dataPath, RecoupePipeline pipeline, int? limit = null)
    {
        var folder = Directory.Exists(Path.Combine(dataPath, "documents")) ? Path.Combine(dataPath, "documents") : dataPath;
        var result = new List<GoldArticle>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var match = FileName().Match(name);
            if (!match.Success) continue;
            var bytes = File.ReadAllBytes(path);
            var title = FirstLine(bytes);
            var cleaned = pipeline.Clean(new RawDocument(name, bytes, InputKind.Text, new DocumentHints(Title: title)));
            if (!cleaned.Success) continue;
            var topic = match.Groups[1].Value;
            result.Add(new GoldArticle(name, topic, topic + "_" + match.Groups[2].Value, pipeline.Analyze(cleaned.Value!)));
            if (limit is { } l && result.Count >= l) break;
        }
        return result;
    }

    private static string? FirstLine(byte[] bytes)
    {
        var text = Ingest.TextDecoder.Decode(bytes);
        var line = text.AsSpan().TrimStart('\uFEFF');
        int end = line.IndexOfAny('\r', '\n');
        var first = (end < 0 ? line : line[..end]).Trim().ToString();
        return first.Length == 0 ? null : first;
    }
}
