using System.Globalization;
using System.Text;

namespace Recoupe.Postgres;

/// <summary>
/// Lower-case, accent-free text for full-text search, computed here rather than with PostgreSQL's
/// `unaccent` extension, which needs a superuser to install ("Corée" and "coree" must meet).
/// </summary>
internal static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
