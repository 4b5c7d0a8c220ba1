namespace Recoupe.Briefs.Timeline;

/// <summary>
/// The part of a long sentence that tells what happened at a date: the clause holding the time expression
/// (clauses cut at ; : dashes and commas), widened with its neighbours until it reads on its own.
/// Short sentences are kept whole.
/// </summary>
internal static class ClauseAround
{
    public const int MaxWords = 35;
    public const int MinWords = 10;

    public static string Extract(string sentence, int offset)
    {
        if (CountWords(sentence, 0, sentence.Length) <= MaxWords) return Tidy(sentence);
        var cuts = new List<int> { 0 };
        for (int i = 0; i < sentence.Length; i++)
        {
            char c = sentence[i];
            bool boundary = c is ';' or ':' || c == ',' && i + 1 < sentence.Length && sentence[i + 1] == ' '
                            || c is '–' or '—' && i > 0 && sentence[i - 1] == ' ';
            if (boundary) cuts.Add(i + 1);
        }
        cuts.Add(sentence.Length);
        int k = 0;
        while (k + 1 < cuts.Count - 1 && cuts[k + 1] <= offset) k++;
        int start = cuts[k], end = cuts[k + 1];
        int left = k, right = k + 1;
        // Widen towards the neighbour on each side in turn until the clause reads on its own.
        while (CountWords(sentence, start, end) < MinWords && (left > 0 || right < cuts.Count - 1))
        {
            if (right < cuts.Count - 1) end = cuts[++right];
            if (CountWords(sentence, start, end) < MinWords && left > 0) start = cuts[--left];
        }
        var text = Tidy(sentence[start..end]).TrimEnd(',', ';', ':', ' ', '–', '—');
        return (start > 0 ? "… " : "") + text + (end < sentence.Length ? " …" : "");
    }

    private static int CountWords(string s, int start, int end)
    {
        int n = 0;
        bool inWord = false;
        for (int i = start; i < end; i++)
        {
            bool letter = char.IsLetterOrDigit(s[i]);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    private static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
