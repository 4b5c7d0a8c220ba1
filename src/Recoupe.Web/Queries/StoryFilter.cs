using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Recoupe.Web.Queries;

/// <summary>The story list's filters, read from the query string: ?entity=Kim&amp;lang=fr&amp;from=2023-09-01&amp;to=2023-09-30.</summary>
public sealed record StoryFilter(string? Entity, string? Language, DateOnly? From, DateOnly? To)
{
    public static readonly StoryFilter None = new(null, null, null, null);

    public bool IsEmpty => Entity is null && Language is null && From is null && To is null;

    /// <summary>
    /// The filters, or why they cannot be read. A value that cannot be read is an error, never silently dropped:
    /// a reader who typed a wrong date would otherwise get every story and believe the filter worked.
    /// </summary>
    public static bool TryRead(IQueryCollection query, out StoryFilter filter, out string why)
    {
        filter = None;
        why = "";
        var lang = Clean(query["lang"])?.ToLowerInvariant();
        // A language is a code (fr, en, pt-br): anything else cannot match a story and is a typing mistake.
        if (lang is not null && (lang.Length > 12 || !lang.All(c => c is (>= 'a' and <= 'z') or '-')))
        {
            why = $"bad lang '{Quote(lang)}': a language code such as fr or en";
            return false;
        }
        if (!TryDate(query, "from", out var from, ref why) || !TryDate(query, "to", out var to, ref why)) return false;
        if (from is { } f && to is { } t && f > t)
        {
            why = $"from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}";
            return false;
        }
        filter = new StoryFilter(Clean(query["entity"]), lang, from, to);
        return true;
    }

    private static bool TryDate(IQueryCollection query, string key, out DateOnly? date, ref string why)
    {
        date = null;
        var raw = query[key].ToString().Trim();
        if (raw.Length == 0) return true;
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }
        why = $"bad {key} '{Quote(raw)}': a date as YYYY-MM-DD";
        return false;
    }

    /// <summary>The client's own text quoted back, cut short.</summary>
    private static string Quote(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static string? Clean(string? value)
    {
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value.Length > 200 ? value[..200] : value;
    }
}
