namespace Recoupe.Briefs.Rendering;

/// <summary>
/// A resolved time value as a reader reads it in a timeline: TimeML's part-of-day codes spelt out ("2026-03-11TNI" →
/// "2026-03-11 night") and a clock time set off from its day ("2026-03-11T10:30" → "2026-03-11 10:30"). The JSON keeps
/// the TimeML value; only the renderings change.
/// </summary>
public static class TimexDisplay
{
    public static string Of(string value)
    {
        int t = value.IndexOf('T');
        if (t <= 0 || t == value.Length - 1) return value;
        var day = value[..t];
        var time = value[(t + 1)..];
        if (PartOfDay(time) is { } part) return day + " " + part;
        return time.Length >= 2 && char.IsAsciiDigit(time[0]) && char.IsAsciiDigit(time[1]) ? day + " " + time : value;
    }

    /// <summary>
    /// A timeline event's date as shown, marked "planned" when the event lies after the report that tells it ("prévue pour
    /// octobre" in a September article): a reader must not take a plan for something that happened.
    /// </summary>
    public static string Of(Recoupe.Model.TimelineEvent e) => e.Planned ? Of(e.Date) + " (planned)" : Of(e.Date);

    /// <summary>The value without a part-of-day code ("2026-03-11TNI" → "2026-03-11"), for what places events on a date axis.</summary>
    public static string WithoutPartOfDay(string value)
    {
        int t = value.IndexOf('T');
        return t > 0 && PartOfDay(value[(t + 1)..]) is not null ? value[..t] : value;
    }

    private static string? PartOfDay(string code) => code switch
    {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        _ => null,
    };
}
