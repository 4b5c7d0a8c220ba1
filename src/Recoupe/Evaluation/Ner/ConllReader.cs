namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Reads CoNLL-style token files as WikiNEuRal and the CoNLL-2003 copy here lay them out: "index TAB token TAB label"
/// (IOB2; plain "token label" lines work too), a blank line between sentences, "-DOCSTART-" between documents.
/// With document marks, each document is one text (sentences on lines of their own); without (WikiNEuRal), each
/// sentence is a document of its own, grouped by <see cref="SentencesPerGroup"/> for held-back splits, since
/// neighbouring sentences may come from one source.
/// </summary>
public static class ConllReader
{
    public const int SentencesPerGroup = 50;

    public static bool LooksLikeConll(string path)
    {
        foreach (var line in File.ReadLines(path).Take(20))
        {
            if (line.Length == 0) continue;
            var cols = line.Split('\t');
            return cols.Length >= 3 && int.TryParse(cols[0], out _);
        }
        return false;
    }

    public static IEnumerable<NerDocument> Read(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        bool hasDocuments = File.ReadLines(path).Any(IsDocStart); // the first document may come without its mark
        var builder = new TokenTextBuilder();
        int document = 0, sentence = 0;
        bool sentenceOpen = false;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (IsDocStart(line))
            {
                if (!builder.IsEmpty) yield return builder.Build($"{name}#{document++}");
                builder = new TokenTextBuilder();
                sentenceOpen = false;
                continue;
            }
            if (line.Trim().Length == 0)
            {
                if (!sentenceOpen) continue;
                sentenceOpen = false;
                if (hasDocuments) { builder.LineBreak(); continue; }
                yield return builder.Build($"{name}#{sentence}") with { Group = $"{name}#g{sentence / SentencesPerGroup}" };
                sentence++;
                builder = new TokenTextBuilder();
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 2) cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length < 2) continue;
            string token = cols.Length >= 3 ? cols[1] : cols[0], tag = cols[^1];
            builder.Add(token, tag, false);
            sentenceOpen = true;
        }
        if (!builder.IsEmpty)
            yield return hasDocuments ? builder.Build($"{name}#{document}") : builder.Build($"{name}#{sentence}") with { Group = $"{name}#g{sentence / SentencesPerGroup}" };
    }

    private static bool IsDocStart(string line) => line.Contains("-DOCSTART-", StringComparison.Ordinal);
}
