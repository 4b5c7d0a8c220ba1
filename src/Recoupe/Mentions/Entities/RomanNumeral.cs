namespace Recoupe.Mentions.Entities;

/// <summary>"II", "III", "IV", "XVI": a roman numeral alone numbers a chapter, a class or a king, and names nothing.</summary>
public static class RomanNumeral
{
    public static bool Is(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > 6) return false;
        foreach (var c in word)
            if (c is not ('I' or 'V' or 'X' or 'L')) return false;
        return word.Length >= 2 || word[0] is 'V' or 'X';
    }
}
