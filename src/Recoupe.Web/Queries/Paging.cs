using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Recoupe.Web.Queries;

/// <summary>?limit= and ?offset= of the API lists: absent means the default; a value that is not a number, or out of range, is an error with its reason.</summary>
public static class Paging
{
    public static bool TryRead(IQueryCollection query, int defaultLimit, int maxLimit, out int limit, out int offset, out string why)
    {
        limit = defaultLimit;
        offset = 0;
        why = "";
        if (Number(query, "limit", 1, maxLimit, ref limit, ref why) && Number(query, "offset", 0, int.MaxValue, ref offset, ref why)) return true;
        return false;
    }

    private static bool Number(IQueryCollection query, string key, int min, int max, ref int value, ref string why)
    {
        var raw = query[key].ToString().Trim();
        if (raw.Length == 0) return true;
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            why = $"bad {key} '{(raw.Length > 40 ? raw[..40] + "…" : raw)}': a whole number from {min}{(max == int.MaxValue ? " up" : $" to {max}")}";
            return false;
        }
        value = n;
        return true;
    }
}
