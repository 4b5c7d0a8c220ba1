using Recoupe.Mentions.Gazetteers;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Indefinite pronouns as unnamed sources (issue 13, session 15; French tuning errors read, and the English indefinite
/// sources session 12 counted among the missing candidates): "l'un d'eux", "l'une d'entre elles", "certains",
/// "plusieurs", "d'autres", "quelqu'un", "someone", "another", "others". Only where they likely speak: as a speech
/// verb's subject (invented: "D'autres ont estimé « … »", "someone told the paper") or opening the quotation's
/// sentence ("L'un d'eux a traité le maire de « … »"). Without them a quotation of a crowd or a commenter had no unnamed
/// words to win and went to the nearest name. They read as nobody named (ChainResolver's indefinite descriptions).
/// </summary>
internal static class IndefiniteSources
{
    /// <summary>The indefinite source ending at or holding token <paramref name="k"/>, if it likely speaks in the frame.</summary>
    public static SourceCandidate? At(QuoteDocument doc, QuoteFrame f, int k)
    {
        var tokens = doc.Tokens;
        string w = tokens[k].Lower, before = k > 0 ? tokens[k - 1].Lower : "";
        int first = k, last = k;
        bool plural = true;
        switch (w)
        {
            case "un" or "une" when before is "l" or "quelqu":
                first = k - 1;
                plural = false;
                // "l'un d'eux", "l'une d'entre elles"
                if (before == "l" && k + 2 < tokens.Length && tokens[k + 1].Lower is "d" or "de")
                {
                    if (tokens[k + 2].Lower is "eux" or "elles") last = k + 2;
                    else if (tokens[k + 2].Lower == "entre" && k + 3 < tokens.Length && tokens[k + 3].Lower is "eux" or "elles") last = k + 3;
                }
                break;
            case "autres" when before == "d":
                first = k - 1;
                break;
            case "quelqu'un" or "someone" or "somebody" or "another":
                plural = false;
                break;
            case "certains" or "certaines" or "plusieurs" or "others":
                break;
            default:
                return null;
        }
        var span = new TextSpan(tokens[first].Span.Start, tokens[last].Span.End);
        if (doc.InsideQuote(span) || span.Overlaps(f.Content)) return null;
        if (!SubjectOfCue(doc, last) && !OpensSentence(doc, f, first)) return null;
        return new SourceCandidate(SourceKind.IndefiniteDescription, span, first, last, null, Gender.Unknown, plural);
    }

    // Only auxiliaries and clitics between the words and a speech verb ("d'autres ont estimé", "someone has said").
    private static bool SubjectOfCue(QuoteDocument doc, int last)
    {
        int v = last + 1;
        while (v < doc.Tokens.Length && v <= last + 3 && (SpeechCues.IsAuxiliary(doc.Tokens[v].Lower) || doc.Tokens[v].Lower is "m" or "lui" or "leur" or "nous" or "vous"))
            v++;
        return v < doc.Tokens.Length && doc.IsCueWord(v);
    }

    // The words are the first of the quotation's own sentence, before the quotation.
    private static bool OpensSentence(QuoteDocument doc, QuoteFrame f, int first) =>
        doc.Tokens[first].Span.Start < f.Passage.OpenMark && f.OpenSentence.Contains(doc.Tokens[first].Span.Start)
        && doc.FirstTokenAtOrAfter(f.OpenSentence.Start) == first;
}
