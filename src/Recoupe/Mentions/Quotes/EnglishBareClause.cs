using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// English reported speech without "that": "Smith said the talks had failed", "She told reporters they would appeal".
/// Kept precise: a reporting verb, an optional listener ("told reporters"), then a clause that opens with a subject
/// (pronoun, determiner or capitalised name) and shows a finite auxiliary or past form within a few words, so
/// "said the word" or "said on Friday" are not taken.
/// </summary>
internal static class EnglishBareClause
{
    private static readonly Lexicon.WordSet Cues = new("said says told tells added warned argued insisted claimed stated noted explained acknowledged admitted");
    private static readonly Lexicon.WordSet Listeners = new("reporters journalists me us him her them lawmakers parliament congress");
    private static readonly Lexicon.WordSet SubjectOpeners = new("he she it they we i you there the a an this these those his her their its our my");
    private static readonly Lexicon.WordSet Finite = new("is are was were will would could can should may might must has have had did does do won't wouldn't couldn't isn't wasn't weren't hasn't hadn't");
    private const int MaxClauseReach = 6;

    /// <summary>The token index that stands where "that" would be (the last token before the clause), or -1.</summary>
    public static int ClauseBefore(QuoteDocument doc, int cue, TextSpan sentence)
    {
        var tokens = doc.Tokens;
        if (!Cues.Contains(tokens[cue].Lower)) return -1;
        int before = cue;
        if (tokens[cue].Lower is "told" or "tells")
        {
            if (cue + 1 >= tokens.Length || !Listeners.Contains(tokens[cue + 1].Lower)) return -1;
            before = cue + 1;
        }
        int open = before + 1;
        if (open >= tokens.Length || tokens[open].Span.End > sentence.End) return -1;
        // "said, adding …", "said: …" are other constructions.
        if (!doc.Text.AsSpan(tokens[before].Span.End, tokens[open].Span.Start - tokens[before].Span.End).IsWhiteSpace()) return -1;
        var first = tokens[open];
        bool capitalised = char.IsUpper(doc.Text[first.Span.Start]) && !SubjectOpeners.Contains(first.Lower);
        if (!SubjectOpeners.Contains(first.Lower) && !capitalised) return -1;
        for (int j = open + 1; j < tokens.Length && j <= open + MaxClauseReach && tokens[j].Span.End <= sentence.End; j++)
            if (Finite.Contains(tokens[j].Lower)) return before;
        return -1;
    }
}
