namespace Recoupe.Evaluation.Ner;

/// <summary>
/// Reads CLEF HIPE-2020 TSV (columns TOKEN, NE-COARSE-LIT, …, MISC; "#" comment lines; a new document at each
/// "# document_id" line). Text is rebuilt with MISC's NoSpaceAfter; OCR line ends (EndOfLine) become spaces.
/// </summary>
public static class HipeReader
{
    public static bool LooksLikeHipe(string path) => File.ReadLines(path).FirstOrDefault()?.StartsWith("TOKEN\t", StringComparison.Ordinal) == true;

    public static IEnumerable<NerDocument> Read(string path)
    {
        var builder = new TokenTextBuilder();
        string id = Path.GetFileNameWithoutExtension(path);
        int tokenColumn = 0, tagColumn = 1, miscColumn = -1;
        string convention = NerConventions.Hipe;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            if (line.StartsWith("TOKEN\t", StringComparison.Ordinal))
            {
                var header = line.Split('\t');
                tokenColumn = Array.IndexOf(header, "TOKEN");
                tagColumn = Array.IndexOf(header, "NE-COARSE-LIT");
                miscColumn = Array.IndexOf(header, "MISC");
                continue;
            }
            if (line.StartsWith('#'))
            {
                // HIPE-2022 names each document's source corpus; NewsEye's guidelines differ from HIPE's (impresso's), and
                // Le Temps, under HIPE's, annotates titles its own way (NerConventions.LeTemps).
                if (line.Contains(":dataset", StringComparison.Ordinal))
                    convention = line.Contains("newseye", StringComparison.OrdinalIgnoreCase) ? NerConventions.NewsEye
                        : line.Contains("letemps", StringComparison.OrdinalIgnoreCase) ? NerConventions.LeTemps : NerConventions.Hipe;
                if (line.Contains("document_id", StringComparison.Ordinal))
                {
                    if (!builder.IsEmpty) yield return builder.Build(id) with { TitlesInside = true, Convention = convention };
                    convention = NerConventions.Hipe;
                    builder = new TokenTextBuilder();
                    int eq = line.IndexOf('=');
                    id = eq > 0 ? line[(eq + 1)..].Trim() : id;
                }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length <= Math.Max(tokenColumn, tagColumn)) continue;
            var misc = miscColumn >= 0 && miscColumn < cols.Length ? cols[miscColumn] : "";
            builder.Add(cols[tokenColumn], cols[tagColumn], misc.Contains("NoSpaceAfter", StringComparison.Ordinal));
        }
        if (!builder.IsEmpty) yield return builder.Build(id) with { TitlesInside = true, Convention = convention };
    }
}
