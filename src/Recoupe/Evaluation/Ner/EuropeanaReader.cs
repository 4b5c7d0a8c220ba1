namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Reads the Europeana Newspapers NER format: one "token TAG" per line (IOB1: I-PER opens an entity), blank
/// lines between sentences when present. The file has no document breaks, so it is cut into chunks of about
/// <see cref="ChunkTokens"/> tokens at a sentence end, each read as one document.
/// </summary>
public static class EuropeanaReader
{
    public const int ChunkTokens = 1500;

    public static IEnumerable<NerDocument> Read(string path)
    {
        var builder = new TokenTextBuilder();
        int tokens = 0, chunk = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) { builder.LineBreak(); continue; }
            int space = line.LastIndexOf(' ');
            if (space <= 0) continue;
            var token = line[..space];
            builder.Add(token, line[(space + 1)..], false);
            tokens++;
            if (tokens >= ChunkTokens && token is "." or "!" or "?")
            {
                yield return builder.Build($"chunk-{chunk++}") with { Convention = NerConventions.Europeana };
                builder = new TokenTextBuilder();
                tokens = 0;
            }
        }
        if (!builder.IsEmpty) yield return builder.Build($"chunk-{chunk}") with { Convention = NerConventions.Europeana };
    }
}
