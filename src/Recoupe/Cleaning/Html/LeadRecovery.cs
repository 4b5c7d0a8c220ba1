using Recoupe.Cleaning.PlainText;

namespace Recoupe.Cleaning.Html;

/// <summary>
/// News pages often put the lead (standfirst, chapô) in the article header, between the headline and the body
/// container that extraction picked. Prose blocks found between the title heading and the first extracted block
/// are that lead and are put back in front.
/// </summary>
public static class LeadRecovery
{
    private const int MinLeadChars = 50;
    private const int MaxLeadBlocks = 3;
    /// <summary>The lead sits right under the headline: a few blocks at most separate them.</summary>
    private const int MaxDistance = 12;

    public static FilteredBlocks Apply(FilteredBlocks chosen, List<HtmlBlock> pageBlocks, string? title)
    {
        if (chosen.Kept.Count == 0 || title is null) return chosen;
        var titleKey = LineShape.Normalize(title);
        int headline = pageBlocks.FindIndex(b => b.Kind == BlockKind.Heading && LineShape.Normalize(b.Text) == titleKey);
        if (headline < 0) headline = pageBlocks.FindIndex(b => b.Kind == BlockKind.Heading && b.Container.LocalName == "h1");
        if (headline < 0) return chosen;
        var first = chosen.Kept[0];
        int start = pageBlocks.FindIndex(headline + 1, b => b.Container == first.Container && b.Text == first.Text);
        // Text that is not on the page (JSON-LD articleBody behind a paywall): the lead is what the page shows under the
        // headline, before the next heading, unless the chosen text already has it.
        bool offPage = start < 0 && first.Index < 0;
        if (offPage) start = Math.Min(pageBlocks.Count, headline + 1 + MaxDistance);
        else if (start < 0 || start - headline > MaxDistance) return chosen;

        var lead = new List<HtmlBlock>();
        for (int i = headline + 1; i < start && lead.Count < MaxLeadBlocks; i++)
        {
            var b = pageBlocks[i];
            if (offPage && b.Kind == BlockKind.Heading) break;
            if (offPage && chosen.Kept.Exists(k => k.Text.Contains(b.Text, StringComparison.Ordinal))) continue;
            if (b.Text.Length < MinLeadChars || b.LinkDensity > 0.2 || b.Kind is BlockKind.Heading or BlockKind.ListItem or BlockKind.Cell) continue;
            if (LineCues.Classify(b.Text) is not null || !LineShape.EndsLikeSentence(b.Text)) continue;
            lead.Add(b);
        }
        if (lead.Count == 0) return chosen;
        return chosen with { Kept = [.. lead, .. chosen.Kept] };
    }
}
