using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// Whether a quotation's speaker agrees with the gold. An unnamed gold source wants no name. A gold source span
/// (PolNeAR) is met by our source words or speaker mention overlapping it, or by our speaker's name being the name
/// written there ("he" resolved to "Newt Gingrich" meets a gold "He"; "Gingrich" meets "Newt Gingrich").
/// Gold names (seeds-style) are met by the same name, any variant, as a person's name or an organisation's.
/// </summary>
public static class SpeakerMatch
{
    public static bool Right(GoldSource gold, QuoteMention q)
    {
        if (gold.Unnamed) return q.Speaker is null;
        if (gold.Span is { } span)
        {
            if (q.SourceSpan is { } s && s.Overlaps(span)) return true;
            if (q.SpeakerSpan is { } p && p.Overlaps(span)) return true;
            return q.Speaker is { } name && gold.Text is { } written && SameName(name, written);
        }
        return q.Speaker is { } n && gold.Names.Any(v => SameName(n, v));
    }

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "les", "l", "the", "d", "de", "du", "des" };

    /// <summary>Same words (accents, case, a leading article aside); or the same surname with one side a surname alone,
    /// the same first word, or one name ending the other ("Paul Manafort" in "campaign manager Paul Manafort"); or a
    /// name of two words or more opening the other ("Club de la presse" for "Club de la presse de Paris").</summary>
    public static bool SameName(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.Length == 0 || y.Length == 0) return false;
        if (x.SequenceEqual(y)) return true;
        var (s0, l0) = x.Length <= y.Length ? (x, y) : (y, x);
        if (s0.Length >= 2 && l0.AsSpan(0, s0.Length).SequenceEqual(s0)) return true;
        if (x[^1] != y[^1]) return false;
        if (x.Length == 1 || y.Length == 1 || x[0] == y[0]) return true;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
    }

    private static string[] Words(string name)
    {
        var words = TextFold.Fold(name).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        int skip = 0;
        while (skip < words.Length - 1 && Articles.Contains(words[skip])) skip++;
        return words[skip..];
    }

    private static readonly char[] Separators = [' ', '\'', '’', '-', '.', ',', '\u00A0'];
}
