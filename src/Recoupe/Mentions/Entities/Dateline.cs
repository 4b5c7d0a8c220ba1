namespace Recoupe.Mentions.Entities;

/// <summary>
/// A dateline names the place a dispatch comes from: "PARIS, 15 (Havas). —", "Liestal, 7 (ATS).", "Sarnen, 28 août.",
/// "Berlin, 24 septembre." A name that opens a sentence or line and is followed by a comma and a day number (or
/// a bracketed agency) is a place, whatever its shape.
/// </summary>
public static class Dateline
{
    public static bool Opens(string text, Word[] words, int first, int last)
    {
        if (!words[first].Initial && !(first > 0 && IsDash(text, words[first - 1].End, words[first].Start))) return false;
        if (last - first > 3 || last + 1 >= words.Length) return false;
        var gap = text.AsSpan(words[last].End, words[last + 1].Start - words[last].End).Trim();
        if (gap is not ",") return false;
        var next = words[last + 1];
        return next.Shape == WordShape.Number && next.Length <= 2;
    }

    // "— Bex." A dash before the word opens a new item in old newspapers.
    private static bool IsDash(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from).Trim();
        return gap is "—" or "–" or "-" or ". —" or ". –";
    }
}
