using System.Globalization;

namespace Recoupe.Mentions.Entities;

/// <summary>The display form of a name: spaces collapsed, a name written all in capitals put in title case (DUPONT -> Dupont).</summary>
public static class DisplayName
{
    public static string Of(ReadOnlySpan<char> surface)
    {
        // Written into a buffer on the stack (names are short): a StringBuilder per name was a tenth of what the entity
        // stage allocated.
        Span<char> buffer = surface.Length <= 256 ? stackalloc char[surface.Length] : new char[surface.Length];
        int n = 0;
        bool space = false;
        foreach (var c in surface)
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) { buffer[n++] = ' '; space = false; }
            buffer[n++] = c == '’' ? '\'' : c;
        }
        var s = new string(buffer[..n]);
        if (s.Length > 6 && IsAllCaps(s)) s = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
        return s;
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return false;
        return true;
    }
}
