namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Finds the title of plain text as scraped: the first substantial line near the top that has no
/// sentence-final period and is followed by body text. Short lines above it belong to something else
/// (another story's teaser, a kicker) and are returned so they can be removed. When the text starts
/// directly with a body paragraph there is no title.
/// </summary>
internal static class TitleFinder
{
    /// <summary>How many kept lines from the top may hold the title.</summary>
    private const int SearchDepth = 3;
    /// <summary>A line above the title longer than this is body text: then there is no title.</summary>
    private const int MaxLeadingLineLength = 250;

    public static (CleanLine? Title, List<CleanLine> Leading) Find(IReadOnlyList<CleanLine> kept, string? hintTitle)
    {
        if (hintTitle is not null)
        {
            var wanted = LineShape.Normalize(hintTitle);
            for (int i = 0; i < kept.Count && i < SearchDepth + 2; i++)
                if (LineShape.Normalize(kept[i].Text) == wanted) return (kept[i], []);
            return (null, []);
        }
        for (int i = 0; i < kept.Count - 1 && i < SearchDepth; i++)
        {
            var line = kept[i];
            if (IsTitleLike(line.Text) && IsBodyLike(kept[i + 1].Text))
                return (line, kept.Take(i).ToList());
            if (line.Text.Length > MaxLeadingLineLength || IsBodyLike(line.Text) && line.Text.Length > 120) break;
        }
        return (null, []);
    }

    public static bool IsTitleLike(string text)
    {
        int words = LineShape.WordCount(text);
        return words is >= 3 and <= 40 && text.Length <= 300 && !LineShape.EndsWithPeriod(text) && LineShape.FinalMark(text) is not (',' or ':');
    }

    public static bool IsBodyLike(string text) =>
        LineShape.WordCount(text) >= 8 && (LineShape.EndsLikeSentence(text) || text.Length >= 200);
}
