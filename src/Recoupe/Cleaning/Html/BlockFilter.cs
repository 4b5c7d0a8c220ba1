using Recoupe.Cleaning.Dates;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;

namespace Recoupe.Cleaning.Html;

/// <summary>The blocks of the chosen container that are article text, and those that are not, with reasons.</summary>
public sealed record FilteredBlocks(List<HtmlBlock> Kept, List<Removal> Removed, DateStamp? Stamp, string? Byline)
{
    public int KeptChars => Kept.Sum(b => b.Text.Length);
}

/// <summary>
/// Judges each block of a container with the same cues as plain text (ad labels, cookie notices, comment forms,
/// share widgets, stamps, bylines) plus what markup adds: link density (menus and link lists are mostly links),
/// and blocks under a "related"/comment heading at the end.
/// </summary>
public static partial class BlockFilter
{
    /// <summary>Above this share of link text a block is navigation, unless it is long running text with a few links.</summary>
    private const double MaxLinkDensity = 0.5;

    /// <param name="verdicts">Verdicts of blocks already judged on this page (strategies share blocks); null to judge afresh.</param>
    public static FilteredBlocks Filter(IReadOnlyList<HtmlBlock> blocks, string? title, BlockVerdicts? verdicts = null)
    {
        var kept = new List<HtmlBlock>(blocks.Count);
        var removed = new List<Removal>();
        DateStamp? stamp = null;
        string? byline = null;
        var titleKey = title is null ? null : LineShape.Normalize(title);
        string? tailBlock = null;

        foreach (var block in blocks)
        {
            var verdict = verdicts is null ? Judge(block, titleKey) : verdicts.Get(block, titleKey);
            var reason = verdict.Reason;
            if (verdict.Stamp is not null) stamp ??= verdict.Stamp;
            if (verdict.Byline is not null) byline ??= verdict.Byline;
            if (reason is RemovalReasons.Recommended or RemovalReasons.CommentForm && block.Text.Length < 80) tailBlock = reason;
            else if (reason is null && tailBlock is not null)
            {
                if (block.Text.Length > 200 && block.LinkDensity < 0.2) tailBlock = null;
                else reason = tailBlock;
            }
            if (reason is null) kept.Add(block);
            else removed.Add(new Removal(block.Text, reason));
        }
        TrimEndMatter(kept, removed);
        return new FilteredBlocks(kept, removed, stamp, byline);
    }

    /// <summary>
    /// After the article's last paragraph of running text, pages put end matter: short labels, author boxes,
    /// headings of link blocks whose links are already gone. Short lines without sentence punctuation there,
    /// author bios, and headings with nothing under them are removed.
    /// </summary>
    private static void TrimEndMatter(List<HtmlBlock> kept, List<Removal> removed)
    {
        int lastBody = kept.FindLastIndex(b => b.Text.Length >= 120 && LineShape.EndsLikeSentence(b.Text) && b.Kind != BlockKind.Heading);
        if (lastBody < 0) return;
        for (int i = kept.Count - 1; i > lastBody; i--)
        {
            var b = kept[i];
            string? reason = null;
            if (b.Text.Length < 400 && AuthorBio.IsMatch(b.Text)) reason = RemovalReasons.AuthorBio;
            else if (b.Kind is BlockKind.Other or BlockKind.Paragraph && b.Text.Length < 60 && !LineShape.EndsLikeSentence(b.Text)) reason = RemovalReasons.Boilerplate;
            if (reason is null) continue;
            removed.Add(new Removal(b.Text, reason));
            kept.RemoveAt(i);
        }
        // A heading with no text under it introduced a block that is gone (links, widgets): it goes too.
        for (int i = kept.Count - 1; i >= 0; i--)
        {
            if (kept[i].Kind != BlockKind.Heading) continue;
            // A long "heading" is a standfirst set in a heading tag, not the title of a block that went.
            if (kept[i].Text.Length >= MinStandfirstChars) continue;
            bool orphan = i == kept.Count - 1 || kept[i + 1].Kind == BlockKind.Heading && HeadingLevel(kept[i + 1]) <= HeadingLevel(kept[i]);
            if (!orphan) continue;
            removed.Add(new Removal(kept[i].Text, RemovalReasons.Boilerplate));
            kept.RemoveAt(i);
        }
    }


    /// <summary>Headings at least this long read as a standfirst (a sentence under the headline), not as a section title.</summary>
    private const int MinStandfirstChars = 90;

    private static int HeadingLevel(HtmlBlock b) => b.Container.LocalName is ['h', var d] && char.IsDigit(d) ? d - '0' : 7;

    /// <summary>"Jane Doe is a reporter…", "Max Muster ist Redakteur…", "Marie Dupont est journaliste…": a short author box.</summary>
    // Generated at build time (compiled with the assembly) rather than RegexOptions.Compiled (emitted and JIT-compiled in every process).
    private static readonly System.Text.RegularExpressions.Regex AuthorBio = AuthorBioPattern();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^(?:über\s+(?:den|die)\s+autor(?:in)?\W*|about\s+the\s+author\W*|[àa]\s+propos\s+de\s+l['’]auteur\W*)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:ist|is|est|es|è|leitet|schreibt|writes|[ée]crit|arbeitet|works|was|war|hat|has|lebt|lives|vit)\b.{0,250}\b(?:redakteur(?:in)?|journalist(?:in)?|editor|reporter|autor(?:in)?|author|auteur|writer|korrespondent(?:in)?|correspondent|professor|professeur|r[ée]dact(?:eur|rice)|journaliste|periodista|giornalista|redattore|chef|leitet|head|ressort|blogger(?:in)?|columnist|kolumnist(?:in)?|photograph|fotograf)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AuthorBioPattern();

    /// <summary>What one block is, on its own: a reason to remove it (or null), and the stamp or byline it carries.</summary>
    internal static BlockVerdict Judge(HtmlBlock block, string? titleKey)
    {
        var text = block.Text;
        if (titleKey is not null && block.Kind == BlockKind.Heading && LineShape.Normalize(text) == titleKey) return new(RemovalReasons.Title);
        if (block.LinkDensity > MaxLinkDensity && !(block.Text.Length > 300 && block.LinkDensity < 0.7)) return new(RemovalReasons.Navigation);
        if (text.Length <= 400)
        {
            var stampLine = StampLine.Match(text);
            if (stampLine is { WholeLine: true }) return new(RemovalReasons.DateStamp, Stamp: stampLine.Stamp);
            var name = WidgetWords.Byline(text);
            if (name is not null && block.Kind != BlockKind.Heading) return new(RemovalReasons.Author, Byline: name);
        }
        var cue = LineCues.Classify(text);
        if (cue is not null && cue != RemovalReasons.CreditLine) return new(cue);
        if (WidgetWords.IsShareWidget(text)) return new(RemovalReasons.ShareWidget);
        return default;
    }
}
