using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Mentions.Lexicon;
using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Turns a text into <see cref="Word"/>s. A word is "initial" when it opens a sentence, a line or a
/// quotation: its capital letter is then no evidence of a name. Words of a headline written all in capitals
/// are flagged so that their capitals are not read as names either.
/// </summary>
public static class WordScanner
{
    public static Word[] Scan(string text, ImmutableArray<Sentence> sentences)
    {
        // The quote stage reads the same tokens of the same text (Tokenizer.TokenArray keeps the last one).
        var tokens = Tokenizer.TokenArray(text);
        var words = new Word[tokens.Length];
        var segmentStarts = new bool[tokens.Length];
        int sentence = 0, prevEnd = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            bool sentenceStart = false;
            while (sentence < sentences.Length && sentences[sentence].Span.End <= t.Span.Start) sentence++;
            if (sentence < sentences.Length && sentences[sentence].Span.Start <= t.Span.Start)
            {
                // First token at or after this sentence's start.
                sentenceStart = i == 0 || tokens[i - 1].Span.End <= sentences[sentence].Span.Start;
            }
            var gap = text.AsSpan(prevEnd, t.Span.Start - prevEnd);
            bool afterHonorific = i > 0 && gap.TrimEnd() is "." && TitleWords.IsHonorific(tokens[i - 1].Lower);
            bool initial = i == 0 || !afterHonorific && (sentenceStart || OpensClause(gap));
            segmentStarts[i] = i == 0 || sentenceStart || gap.Contains('\n');
            bool joined = i > 0 && IsNameGap(gap, tokens[i - 1].Lower);
            words[i] = new Word(t.Span.Start, t.Span.End, t.Lower, ShapeOf(text, t.Span), initial, joined, false);
            prevEnd = t.Span.End;
        }
        MarkHeadlines(words, segmentStarts);
        MarkHeadingEnds(words);
        return words;
    }

    // "PASCAL HOFER Assise à l'arrière…", "FOOTBALL Finale de la Coupe…": a capitalised word right after a heading in
    // capitals opens the text that follows it (print line ends are lost): its capital is no evidence either.
    private static void MarkHeadingEnds(Word[] words)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (words[i].Shape != WordShape.Capitalized || words[i].Initial || words[i - 1].Shape != WordShape.AllCaps) continue;
            if (words[i - 1].Length >= 5 || i > 1 && words[i - 2].Shape == WordShape.AllCaps)
                words[i] = words[i] with { Initial = true };
        }
    }

    private static WordShape ShapeOf(string text, TextSpan span)
    {
        char first = text[span.Start];
        if (char.IsDigit(first)) return WordShape.Number;
        if (!char.IsUpper(first))
        {
            // "al-Assad", "bin-Laden", "d'Estaing" style prefixes followed by a capital still make a name word.
            int hyphen = text.IndexOf('-', span.Start, span.Length);
            return hyphen > 0 && hyphen - span.Start <= 3 && hyphen + 1 < span.End && char.IsUpper(text[hyphen + 1])
                ? WordShape.Capitalized : WordShape.Lower;
        }
        int letters = 0, upper = 0;
        for (int k = span.Start; k < span.End; k++)
        {
            if (!char.IsLetter(text[k])) continue;
            letters++;
            if (char.IsUpper(text[k])) upper++;
        }
        return letters >= 2 && upper == letters ? WordShape.AllCaps : WordShape.Capitalized;
    }

    private static bool OpensClause(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
            if (c is '\n' or '«' or '“' or '"' or '„' or '‹' or ':' or '.' or '!' or '?' or '—' or '–' or '•' or '|') return true;
        return false;
    }

    // Inside a name, words are separated by exactly one space (or a no-break space), or by the apostrophe of "d'".
    private static bool IsNameGap(ReadOnlySpan<char> gap, string previousLower)
    {
        if (gap.Length == 1 && gap[0] is ' ' or '\u00A0' or '\u202F') return true;
        return gap.Length == 1 && gap[0] is '\'' or '’' && previousLower.Length == 1;
    }

    // A sentence whose words are mostly all-capitals is a shouted headline: its capitals say nothing.
    private static void MarkHeadlines(Word[] words, bool[] segmentStarts)
    {
        int start = 0;
        for (int i = 1; i <= words.Length; i++)
        {
            if (i < words.Length && !segmentStarts[i]) continue;
            int letters = 0, caps = 0;
            for (int k = start; k < i; k++)
            {
                if (words[k].Shape == WordShape.Number) continue;
                letters++;
                if (words[k].Shape == WordShape.AllCaps || words[k].Length == 1 && words[k].Shape == WordShape.Capitalized) caps++;
            }
            if (letters >= 4 && caps * 10 >= letters * 7)
                for (int k = start; k < i; k++) words[k] = words[k] with { Headline = true };
            start = i;
        }
    }
}
