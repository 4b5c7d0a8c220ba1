using System.Globalization;
using System.Text;

namespace Recoupe.Mentions.Entities;

/// <summary>The display form of a name: spaces collapsed, a name written all in capitals put in title case (DUPONT -> Dupont).</summary>
public static class DisplayName
{
    public static string Of(ReadOnlySpan<char> surface)
    {
        var sb = new StringBuilder(surface.Length);
        bool space = false;
        foreach (var c in surface)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c == '’' ? '\'' : c);
        }
        var s = sb.ToString();
        if (s.Length > 6 && IsAllCaps(s)) s = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
        return s;
    }

    private static bool IsAllCaps(string s)
    {
        foreach (var c in s) if (char.IsLower(c)) return false;
        return true;
    }
}
