namespace Recoupe.Mentions.Entities;

/// <summary>
/// Results and rankings: "12. Camenzind. 23. Huser à 2'44", "3. Peschel (All) à 1'03". A capitalised word or two
/// that make a whole numbered item (a rank "N." before, an end of item after) are a name, most often a competitor's.
/// </summary>
public static class NumberedItem
{
    public static bool Is(string text, Word[] words, int first, int last)
    {
        if (first == 0 || last - first > 2 || last + 1 >= words.Length) return false;
        var rank = words[first - 1];
        if (rank.Shape != WordShape.Number || rank.Length > 3 || text.AsSpan(rank.End, words[first].Start - rank.End) is not ". ") return false;
        var after = text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim();
        return after is "." or "(" or "," || after.Length == 0 && words[last + 1].Lower is "à" or "at";
    }
}
