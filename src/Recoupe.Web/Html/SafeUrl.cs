namespace Recoupe.Web.Html;

/// <summary>Links built from data: only absolute http(s) URLs become hrefs (no javascript:, data:, relative tricks).</summary>
public static class SafeUrl
{
    /// <summary>The URL normalised, or null when it is not an absolute http or https URL.</summary>
    public static string? External(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 4096) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        return uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
    }

    /// <summary>One path segment of our own routes (an entity name), percent-encoded.</summary>
    public static string Segment(string value) => Uri.EscapeDataString(value);

    public static string Query(params (string Name, string? Value)[] pairs)
    {
        var parts = pairs.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
