using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Recoupe.Web.Queries;

/// <summary>The story list's filters, read from the query string: ?entity=Kim&amp;lang=fr&amp;from=2023-09-01&amp;to=2023-09-30.</summary>
public sealed record StoryFilter(string? Entity, string? Language, DateOnly? From, DateOnly? To)
{
    public static readonly StoryFilter None = new(null, null, null, null);

    public bool IsEmpty => Entity is null && Language is null && From is null && To is null;

    public static StoryFilter FromQuery(IQueryCollection query) => new(
        Clean(query["entity"]), Clean(query["lang"])?.ToLowerInvariant(), Date(query["from"]), Date(query["to"]));

    private static string? Clean(string? value)
    {
        value = value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value.Length > 200 ? value[..200] : value;
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
