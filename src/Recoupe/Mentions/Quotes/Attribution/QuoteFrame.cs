using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// Where a quotation sits and the speech cues around it, read once per quotation: its sentences and paragraph,
/// the nearest speech verb before it in its sentence ("X a déclaré : « … »"), the cue right after it
/// ("», a-t-il ajouté", "”, Fenwick said"), a "selon"/"according to" in its sentences, and whether a colon
/// introduces it. Token indexes are -1 when absent.
/// </summary>
internal sealed record QuoteFrame(
    QuotedPassage Passage,
    TextSpan Content,
    TextSpan OpenSentence,
    TextSpan CloseSentence,
    int Paragraph,
    int TokenBefore,
    int TokenAfter,
    int CueBefore,
    int CueAfter,
    int According,
    bool ColonBefore,
    bool StartsParagraph,
    bool EndsParagraph,
    bool Indirect,
    int Words)
{
    /// <summary>The cue's pronoun when it is inverted ("a-t-elle ajouté", "dit-il"): "elle", "il"…</summary>
    public string? InvertedPronoun { get; init; }

    // How far (in characters) the cue and "selon" are looked for around the marks.
    private const int MaxReach = 800;

    public static QuoteFrame Of(QuoteDocument doc, QuotedPassage q, TextSpan content, bool indirect = false)
    {
        var text = doc.Text;
        var openSentence = doc.SentenceAt(Math.Max(q.OpenMark, 0));
        var closeSentence = doc.SentenceAt(Math.Min(q.CloseMark, Math.Max(0, text.Length - 1)));
        int paragraph = doc.ParagraphOf(q.OpenMark);
        var line = doc.Paragraph(paragraph);
        int lineStart = line.Start;
        int tokOpen = doc.FirstTokenAtOrAfter(q.OpenMark);
        int tokenBefore = tokOpen - 1;
        if (tokenBefore >= 0 && doc.Tokens[tokenBefore].Span.Start < Math.Max(openSentence.Start, lineStart)) tokenBefore = -1;
        int tokenAfter = doc.FirstTokenAtOrAfter(q.CloseMark + 1);
        var closeLine = doc.Paragraph(doc.ParagraphOf(q.CloseMark));
        int afterLimit = Math.Min(Math.Max(closeSentence.End, q.CloseMark + 1), closeLine.End);
        if (tokenAfter >= doc.Tokens.Length || doc.Tokens[tokenAfter].Span.Start >= afterLimit) tokenAfter = -1;

        int cueBefore = -1;
        // Capped in characters as well as by the sentence: a hostile text may hold no sentence end at all.
        int windowStart = Math.Max(Math.Max(openSentence.Start, lineStart), q.OpenMark - MaxReach);
        for (int k = tokenBefore; k >= 0 && doc.Tokens[k].Span.Start >= windowStart; k--)
        {
            var lower = doc.Tokens[k].Lower;
            if (lower == "according") continue;
            if (doc.IsCueWord(k) || SpeechCues.InvertedPronoun(lower) is not null && SpeechCues.IsCueWord(Stem(lower))
                || doc.IsCueWordBeforeQue(k) && k + 1 < doc.Tokens.Length && doc.Tokens[k + 1].Lower is "que" or "qu" or "that")
            { cueBefore = k; break; }
        }

        int cueAfter = -1;
        string? inverted = null;
        int nextOpen = NextPassageOpen(doc, q.CloseMark);
        if (tokenAfter >= 0)
            for (int k = tokenAfter; k < doc.Tokens.Length && k < tokenAfter + 6; k++)
            {
                var tok = doc.Tokens[k];
                if (tok.Span.Start >= afterLimit || tok.Span.Start >= nextOpen) break;
                if (SpeechCues.InvertedPronoun(tok.Lower) is { } pronoun) { cueAfter = k; inverted = pronoun; break; }
                if (doc.IsCueWord(k) && tok.Lower != "according") { cueAfter = k; break; }
                if (tok.Span.End < text.Length && text[tok.Span.End] is '.' or '!' or '?' or ';' && k > tokenAfter) break;
            }

        int according = -1;
        int from = doc.FirstTokenAtOrAfter(Math.Max(windowStart, lineStart));
        int sentenceEnd = Math.Min(Math.Min(Math.Max(closeSentence.End, openSentence.End), closeLine.End), q.CloseMark + MaxReach);
        for (int k = from; k < doc.Tokens.Length && doc.Tokens[k].Span.Start < sentenceEnd; k++)
        {
            var tok = doc.Tokens[k];
            if (tok.Span.Start > q.OpenMark && tok.Span.End <= q.CloseMark) continue;
            if (tok.Lower is "selon" or "according" || tok.Lower == "après" && k > 0 && doc.Tokens[k - 1].Lower == "d")
            {
                if (according < 0 || Math.Abs(tok.Span.Start - q.OpenMark) < Math.Abs(doc.Tokens[according].Span.Start - q.OpenMark)) according = k;
            }
        }

        int p = q.OpenMark - 1;
        while (p >= lineStart && text[p] is ' ' or '\u00A0' or '\u202F' or '\t') p--;
        bool colon = p >= lineStart && text[p] == ':';
        bool starts = p < lineStart || text[p] is '-' or '—' or '–';
        int e = q.CloseMark + 1;
        while (e < closeLine.End && !char.IsLetterOrDigit(text[e])) e++;
        bool ends = e >= closeLine.End;
        return new QuoteFrame(q, content, openSentence, closeSentence, paragraph, tokenBefore, tokenAfter, cueBefore, cueAfter, according,
            colon, starts, ends, indirect, WordCount(text, content)) { InvertedPronoun = inverted };
    }

    // "ajoute-t-il" -> "ajoute", "dit-elle" -> "dit": the verb of an inverted cue.
    private static string Stem(string lower)
    {
        int dash = lower.IndexOf('-');
        return dash > 0 ? lower[..dash] : lower;
    }

    private static int NextPassageOpen(QuoteDocument doc, int after)
    {
        for (int i = doc.PassagesBefore(after); i < doc.Passages.Count; i++)
            if (doc.Passages[i].OpenMark > after) return doc.Passages[i].OpenMark;
        return doc.Text.Length;
    }

    public static int WordCount(string text, TextSpan span)
    {
        int n = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }
}
