namespace Recoupe.Briefs.Claims;

/// <summary>
/// The words a sentence puts between quotation marks (« … », “ … ”, " … "): what someone is reported to have said word for word.
/// Two outlets quoting the same words report one statement, however differently they frame it, so shared quoted words both say
/// that two sentences tell one claim (a pair feature) and that they trace back to one source (fact independence).
/// </summary>
internal static class QuotedWords
{
    /// <summary>Lower-cased words of at least three letters inside quotation marks, distinct and sorted (ordinal).</summary>
    public static string[] Of(string text)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        int depth = 0;
        bool straight = false;
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            bool inside = depth > 0 || straight;
            if (char.IsLetter(c))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                if (inside && i - start >= 3) words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
            if (c is '«' or '“') depth++;
            else if (c is '»' or '”') depth = Math.Max(0, depth - 1);
            else if (c == '"') straight = !straight;
        }
        return [.. words];
    }

    /// <summary>Shared quoted words over the smaller quotation's words (0 when either sentence quotes nothing).</summary>
    public static double Overlap(string[] a, string[] b) => a.Length == 0 || b.Length == 0 ? 0 : Shared(a, b) / (double)Math.Min(a.Length, b.Length);

    public static int Shared(string[] a, string[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            int c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0) { n++; i++; j++; }
            else if (c < 0) i++;
            else j++;
        }
        return n;
    }
}
