using System.Globalization;

namespace Recoupe.Model;

/// <summary>How much of a date is known: "2023-09" is month precision, "2023-09-12T10:59" minute precision.</summary>
public enum DatePrecision { Year, Month, Day, Minute, Second }

/// <summary>
/// A calendar date or time known to a given precision. Articles often state only "2023-09":
/// we keep exactly what is known and never invent a day.
/// </summary>
public sealed record DateStamp
{
    public DateStamp(DateTime value, DatePrecision precision)
    {
        Value = Truncate(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), precision);
        Precision = precision;
    }

    /// <summary>The earliest instant the stamp covers (first day of the month for month precision).</summary>
    public DateTime Value { get; }
    public DatePrecision Precision { get; }

    public static DateStamp Day(int year, int month, int day) => new(new DateTime(year, month, day), DatePrecision.Day);
    public static DateStamp Month(int year, int month) => new(new DateTime(year, month, 1), DatePrecision.Month);

    /// <summary>ISO 8601 text at the stamp's precision: 2021, 2021-03, 2021-03-04, 2021-03-04T08:15, 2021-03-04T08:15:30.</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Year => Value.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Value.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Day => Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Minute => Value.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        _ => Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };

    public override string ToString() => ToIso();

    /// <summary>Parses the ISO forms that <see cref="ToIso"/> writes (and a full ISO date-time with offset).</summary>
    public static DateStamp? TryParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        var inv = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", inv, DateTimeStyles.None, out var s)) return new(s, DatePrecision.Second);
        if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", inv, DateTimeStyles.None, out var m)) return new(m, DatePrecision.Minute);
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d)) return new(d, DatePrecision.Day);
        if (DateTime.TryParseExact(text, "yyyy-MM", inv, DateTimeStyles.None, out var mo)) return new(mo, DatePrecision.Month);
        if (DateTime.TryParseExact(text, "yyyy", inv, DateTimeStyles.None, out var y)) return new(y, DatePrecision.Year);
        if (DateTimeOffset.TryParse(text, inv, DateTimeStyles.AssumeUniversal, out var full))
            return new(full.DateTime, full.TimeOfDay == TimeSpan.Zero && !text.Contains(':') ? DatePrecision.Day : DatePrecision.Second);
        return null;
    }

    private static DateTime Truncate(DateTime v, DatePrecision p) => p switch
    {
        DatePrecision.Year => new DateTime(v.Year, 1, 1),
        DatePrecision.Month => new DateTime(v.Year, v.Month, 1),
        DatePrecision.Day => v.Date,
        DatePrecision.Minute => new DateTime(v.Year, v.Month, v.Day, v.Hour, v.Minute, 0),
        _ => new DateTime(v.Year, v.Month, v.Day, v.Hour, v.Minute, v.Second),
    };
}
