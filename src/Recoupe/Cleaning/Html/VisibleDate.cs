using Recoupe.Cleaning.Dates;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// The publication date a page shows but does not declare: a short line with a date close to the headline
/// ("26. Oktober 2018", "Posted on May 3, 2019 by …"). Only short blocks count: a date in running text is an
/// event date, not the publication date.
/// </summary>
public static class VisibleDate
{
    private const int MaxStampBlockLength = 120;
    private const int MaxDistance = 25;

    public static DateStamp? Find(List<HtmlBlock> pageBlocks, string? title)
    {
        int headline = -1;
        if (title is not null)
        {
            var key = LineShape.Normalize(title);
            headline = pageBlocks.FindIndex(b => b.Kind == BlockKind.Heading && LineShape.Normalize(b.Text) == key);
        }
        if (headline < 0) headline = pageBlocks.FindIndex(b => b.Kind == BlockKind.Heading && b.Container.LocalName == "h1");
        if (headline < 0) return null;
        // Closest first: just below the headline, then just above it (some pages put the date over the title).
        for (int d = 1; d <= MaxDistance; d++)
        {
            foreach (int i in new[] { headline + d, headline - d })
            {
                if (i < 0 || i >= pageBlocks.Count) continue;
                var text = pageBlocks[i].Text;
                if (text.Length > MaxStampBlockLength) continue;
                var found = DateStampFinder.FindFirst(text);
                if (found is { } m && m.Stamp.Precision >= DatePrecision.Day) return m.Stamp;
            }
        }
        return null;
    }
}
