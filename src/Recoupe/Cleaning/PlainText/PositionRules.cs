namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Rules that need a line's position among the others: a second copy of the title, headlines of other
/// stories inside the body (short lines without final punctuation, ALL-CAPS teasers), the author's name
/// and bio at the end, and everything under a "recommended"/comment heading that is not running text.
/// </summary>
internal static class PositionRules
{
    /// <summary>Headlines are short; a longer line without a period is a body paragraph that lost its punctuation.</summary>
    private const int MaxHeadlineWords = 30;
    private const int MaxBioLength = 400;

    /// <summary>Marks lines in place; returns the author found at the end of the text, if any.</summary>
    public static string? Apply(List<CleanLine> lines, CleanLine? title)
    {
        var titleKey = title is null ? null : LineShape.Normalize(title.Text);
        int start = title is null ? 0 : lines.IndexOf(title) + 1;
        string? author = lines.FirstOrDefault(l => l.Reason == RemovalReasons.Author) is { } byline ? WidgetWords.Byline(byline.Text) : null;

        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.Kept) continue;
            if (titleKey is not null && LineShape.Normalize(line.Text) == titleKey) line.Reason = RemovalReasons.RepeatedTitle;
            else if (LineShape.IsMostlyUpperCase(line.Text) && line.Words >= 3) line.Reason = RemovalReasons.OtherStoryHeadline;
        }

        author ??= MarkAuthorAndBio(lines);
        MarkUnderTailHeadings(lines);

        for (int i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Kept && IsHeadlineShaped(line.Text)) line.Reason = RemovalReasons.OtherStoryHeadline;
        }
        return author;
    }

    /// <summary>A line of 4–30 words without sentence-final punctuation: a teaser for another story, not running text.</summary>
    internal static bool IsHeadlineShaped(string text)
    {
        int words = LineShape.WordCount(text);
        return words is >= 3 and <= MaxHeadlineWords && text.Length <= 250 && !LineShape.EndsLikeSentence(text)
            && !LineShape.LacksSentenceMarks(text);
    }

    /// <summary>
    /// A name alone on a line in the last part of the text, followed by at most one short line (the bio) before
    /// the end or furniture: the author's box, which pages put after the article.
    /// </summary>
    private static string? MarkAuthorAndBio(List<CleanLine> lines)
    {
        var kept = lines.Where(l => l.Kept).ToList();
        for (int k = kept.Count - 1; k >= Math.Max(1, kept.Count - 3); k--)
        {
            var line = kept[k];
            if (!LineShape.LooksLikePersonName(line.Text)) continue;
            int after = kept.Count - 1 - k;
            if (after > 1) continue;
            if (after == 1 && kept[k + 1].Text.Length > MaxBioLength) continue;
            line.Reason = RemovalReasons.Author;
            if (after == 1) kept[k + 1].Reason = RemovalReasons.AuthorBio;
            return line.Text.Trim();
        }
        return null;
    }

    /// <summary>Under a "recommended" or comment heading, lines that are not running text belong to that block.</summary>
    private static void MarkUnderTailHeadings(List<CleanLine> lines)
    {
        string? block = null;
        foreach (var line in lines)
        {
            // Only a bare heading opens a block; "Read also: <headline>" is one item, complete on its line.
            if (line.Reason is RemovalReasons.Recommended or RemovalReasons.CommentForm) { block = line.Words <= 6 && !line.Text.Contains(':') ? line.Reason : block; continue; }
            if (block is null || !line.Kept) continue;
            if (TitleFinder.IsBodyLike(line.Text)) { block = null; continue; }
            line.Reason = block;
        }
    }
}
