using System.Collections.Immutable;
using Recoupe.Cleaning.Dates;
using Recoupe.Model;

namespace Recoupe.Cleaning.PlainText;

/// <summary>
/// Cleans plain text as scraped from a news page: one paragraph per line, site furniture removed line by line
/// with a reason, the title and visible date stamp taken out as metadata. Works in three passes:
/// (1) what each line says by itself (stamps, cue words, widgets), (2) where the title is,
/// (3) what lines are given their position (repeated title, other stories' headlines, author and bio at the end).
/// </summary>
public static class PlainTextCleaner
{
    /// <summary>Stamps cut off the start of a line are only looked for in the first lines: lower down a date opens a sentence.</summary>
    private const int StampPrefixLines = 3;
    /// <summary>Bylines ("Par …", "By …") stand in the first or last lines of an article.</summary>
    private const int BylineLines = 5;

    public static ExtractedContent Clean(string text, DocumentHints hints)
    {
        var lines = SplitLines(text);
        var removed = ImmutableArray.CreateBuilder<Removal>();
        var stamps = new List<StampLineMatch>();
        var credits = new List<string>();
        var debris = new Dictionary<CleanLine, List<string>>();

        foreach (var line in lines)
        {
            JudgeAlone(line, stamps, credits, removed);
            if (line.Kept && (line.Index < BylineLines || line.Index >= lines.Count - BylineLines) && WidgetWords.Byline(line.Text) is not null)
                line.Reason = RemovalReasons.Author;
            if (line.Kept)
            {
                var (stripped, pieces) = InlineDebris.Strip(line.Text);
                if (pieces.Count > 0) { line.Text = stripped; debris[line] = pieces; }
            }
        }

        var kept = lines.Where(l => l.Kept).ToList();
        var (title, leading) = TitleFinder.Find(kept, hints.Title);
        foreach (var l in leading) l.Reason = RemovalReasons.OtherStoryHeadline;
        if (title is not null) title.Reason = RemovalReasons.Title;

        string? author = PositionRules.Apply(lines, title);

        var paragraphs = ImmutableArray.CreateBuilder<string>();
        foreach (var line in lines)
        {
            if (line.Kept)
            {
                paragraphs.Add(line.Text);
                if (debris.TryGetValue(line, out var pieces))
                    foreach (var p in pieces) removed.Add(new Removal(p, RemovalReasons.TranslationDebris));
            }
            else if (line.Reason != RemovalReasons.DateStamp)
            {
                removed.Add(new Removal(line.Text, line.Reason!));
            }
        }

        return new ExtractedContent
        {
            Paragraphs = paragraphs.ToImmutable(),
            Removed = removed.ToImmutable(),
            Title = title?.Text,
            Published = PickPublished(stamps),
            Author = author,
            Outlet = OutletOf(credits),
        };
    }

    /// <summary>Stamps, cue words and widget words: what a line is regardless of where it stands.</summary>
    private static void JudgeAlone(CleanLine line, List<StampLineMatch> stamps, List<string> credits, ImmutableArray<Removal>.Builder removed)
    {
        // Credits first: "Publié le 3 mars 2024 à 08h12 | L'Écho du Val" opens with a stamp the line reader would cut off
        // alone, leaving "| L'Écho du Val" to be read as text (a title).
        if (CreditedStamp.Match(line.Text) is { } credited)
        {
            // "May 2, 2025 — Reuters", "By Jane Roe | The Daily Ledger | May 2, 2025": the date is taken, the credits stay
            // for the byline pass (an author) or go as a credit line (an outlet, an agency).
            stamps.Add(credited.Stamp);
            removed.Add(new Removal(credited.StampText, RemovalReasons.DateStamp));
            credits.AddRange(credited.Credits);
            line.Text = string.Join(" | ", credited.Credits);
            line.Reason = WidgetWords.Byline(line.Text) is null ? RemovalReasons.CreditLine : RemovalReasons.Author;
            return;
        }
        var stamp = StampLine.Match(line.Text);
        if (stamp is not null && (stamp.WholeLine || line.Index < StampPrefixLines))
        {
            stamps.Add(stamp);
            if (stamp.WholeLine)
            {
                line.Reason = RemovalReasons.DateStamp;
                removed.Add(new Removal(line.Text.Trim(), RemovalReasons.DateStamp));
                line.Text = "";
                return;
            }
            removed.Add(new Removal(line.Text[..stamp.PrefixLength].Trim(), RemovalReasons.DateStamp));
            line.Text = line.Text[stamp.PrefixLength..].Trim();
        }
        line.Text = line.Text.Trim();
        var reason = LineCues.Classify(line.Text);
        if (reason is null && WidgetWords.IsShareWidget(line.Text)) reason = RemovalReasons.ShareWidget;
        if (reason is null && IsStrayToken(line.Text)) reason = RemovalReasons.StrayToken;
        line.Reason = reason;
    }

    /// <summary>One or two short words with no sentence around them ("in", "Close", "X"), but not a person's name.</summary>
    internal static bool IsStrayToken(string text) =>
        text.Length <= 20 && LineShape.WordCount(text) <= 2 && !LineShape.EndsLikeSentence(text) && !LineShape.LooksLikePersonName(text);

    /// <summary>
    /// The outlet a stamp's credits name: of the pieces around the date, the one that is no byline ("By Jane Roe | The
    /// Daily Ledger | April 7, 2025" → "The Daily Ledger"; "April 7, 2025 — Nordic Wire" → the agency that wrote it). None
    /// when two pieces could be it. A sidecar's or feed's outlet still comes first (ArticleExtractor).
    /// </summary>
    private static string? OutletOf(List<string> credits)
    {
        string? outlet = null;
        foreach (var piece in credits)
        {
            if (WidgetWords.Byline(piece) is not null) continue;
            if (outlet is not null) return null;
            outlet = piece.Trim();
        }
        return outlet;
    }

    private static DateStamp? PickPublished(List<StampLineMatch> stamps)
    {
        foreach (var s in stamps) if (s.Kind == StampKind.Published) return s.Stamp;
        return stamps.Count > 0 ? stamps[0].Stamp : null;
    }

    private static List<CleanLine> SplitLines(string text)
    {
        var result = new List<CleanLine>();
        int index = 0;
        foreach (var raw in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(raw)) continue;
            result.Add(new CleanLine(index++, raw.Replace('\t', ' ')));
        }
        return result;
    }
}
