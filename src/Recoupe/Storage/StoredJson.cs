using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Recoupe.Contracts;
using Recoupe.Model;

namespace Recoupe.Storage;

/// <summary>How the store writes the structured parts of an article (spans, removals, annotations) as JSON columns.</summary>
internal static class StoredJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, ContractJson.Compact);
    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, ContractJson.Compact)!;

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    public static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>When an article counts as "happening": its publication date when known, else when it was received.</summary>
    public static DateTimeOffset Activity(Article article, DateTimeOffset receivedAt) =>
        article.Published is { } p ? new DateTimeOffset(p.Value, TimeSpan.Zero) : receivedAt;

    /// <summary>
    /// The inferred date and its source as stored: nothing for an article its metadata dates; an article dated by the day
    /// it was received keeps the day it was first received (a re-ingest does not move it).
    /// </summary>
    public static (string? Date, string? Source) Inferred(Article article, DateTimeOffset firstReceived)
    {
        if (article.Published is not null || article.InferredDate is not { } date || article.InferredFrom is not { } source) return (null, null);
        if (source == DateSource.Ingested) date = new DateStamp(firstReceived.UtcDateTime, DatePrecision.Day);
        return (date.ToIso(), source.Name());
    }

    public static ImmutableArray<T> Array<T>(string json) => Read<ImmutableArray<T>>(json);

    /// <summary>An input's hints as stored: always an object (possibly empty), so that "no hints" differs from "not recorded" (null).</summary>
    public static string Hints(DocumentHints hints) => Write(hints);

    /// <summary>The stories an assignment merged: null for none (most articles).</summary>
    public static string? Merges(ImmutableArray<long> merged) => merged.IsDefaultOrEmpty ? null : Write(merged);

    public static ImmutableArray<long> Merges(string? json) => json is null ? [] : Array<long>(json);
}
