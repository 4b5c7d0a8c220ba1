using Recoupe.Model;

namespace Recoupe.Mentions.Quotes;

/// <summary>A quoted passage: the content span (without the marks) and the positions of its marks.</summary>
public readonly record struct QuotedPassage(TextSpan Content, int OpenMark, int CloseMark);

/// <summary>
/// Pairs quotation marks: « », “ ”, „ “, ‹ ›, and straight " (opening after a space, closing before one).
/// Nested quotes are paired innermost first; a quote left open at the end of a paragraph goes on when the
/// next paragraph opens with the same mark (press convention), and is dropped otherwise.
/// </summary>
public static class QuoteMarkPairer
{
    private const int MaxDepth = 8;

    public static List<QuotedPassage> Pair(string text)
    {
        var result = new List<QuotedPassage>();
        var stack = new List<(char Mark, int Position)>(MaxDepth);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                int next = NextNonSpace(text, i);
                if (stack.Count > 0 && next < text.Length && text[next] == stack[^1].Mark && text[next] != '"')
                {
                    i = next; // the paragraph reopens the same quote: keep it open
                    continue;
                }
                stack.Clear();
                continue;
            }
            switch (c)
            {
                case '«' or '‹' or '„':
                    Push(stack, c, i);
                    break;
                case '“':
                    if (!Close(stack, '„', i, result)) Push(stack, c, i);
                    break;
                case '»': Close(stack, '«', i, result); break;
                case '›': Close(stack, '‹', i, result); break;
                case '”':
                    if (!Close(stack, '“', i, result) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
                        Push(stack, '“', i); // ”text” written with one kind of mark
                    break;
                case '"':
                    bool opens = (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not '.' and not ',' and not '!' and not '?')
                                 && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
                    if (stack.Count > 0 && stack[^1].Mark == '"' && !opens) Close(stack, '"', i, result);
                    else if (opens) Push(stack, '"', i);
                    else Close(stack, '"', i, result);
                    break;
            }
        }
        result.Sort((a, b) => a.OpenMark.CompareTo(b.OpenMark));
        return result;
    }

    private static void Push(List<(char, int)> stack, char mark, int position)
    {
        if (stack.Count == MaxDepth) stack.RemoveAt(0);
        stack.Add((mark, position));
    }

    private static bool Close(List<(char Mark, int Position)> stack, char opener, int position, List<QuotedPassage> result)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Mark != opener) continue;
            int open = stack[k].Position;
            stack.RemoveRange(k, stack.Count - k);
            int s = open + 1, e = position;
            result.Add(new QuotedPassage(new TextSpan(s, e), open, position));
            return true;
        }
        return false;
    }

    private static int NextNonSpace(string text, int i)
    {
        int j = i + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    /// <summary>The content span without surrounding spaces.</summary>
    public static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new TextSpan(s, e);
    }
}
