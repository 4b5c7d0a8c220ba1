using System.Globalization;

namespace Recoupe.Web.Queries;

/// <summary>Compares names the way a reader types them: case and accents ignored ("poutine" finds "Poutine", "etats" finds "États").</summary>
public static class TextFold
{
    private static readonly CompareInfo Invariant = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace | CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    public static bool SameName(string? a, string? b) =>
        a is not null && b is not null && Invariant.Compare(a.Trim(), b.Trim(), Loose) == 0;

    public static bool Contains(string? text, string part) =>
        text is not null && Invariant.IndexOf(text, part, Loose) >= 0;

    /// <summary>The first loose match of <paramref name="part"/> in <paramref name="text"/> from <paramref name="start"/>: its position and length.</summary>
    public static (int Index, int Length) Find(string text, string part, int start = 0)
    {
        if (start >= text.Length) return (-1, 0);
        int index = Invariant.IndexOf(text.AsSpan(start), part.AsSpan(), Loose, out int length);
        return index < 0 ? (-1, 0) : (index + start, length);
    }
}
