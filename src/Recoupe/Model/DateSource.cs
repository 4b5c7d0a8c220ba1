namespace Recoupe.Model;

/// <summary>
/// Where an article's date comes from. Only <see cref="Metadata"/> is a publication date the source gave; the others are
/// inferred for an article that came without one, and are shown as such (`date_source` in the contracts).
/// </summary>
public enum DateSource
{
    /// <summary>The input's metadata: a JSON line's or sidecar's `published`, a page's meta tags or JSON-LD, a feed item's date.</summary>
    Metadata,
    /// <summary>The dateline at the head of the text ("PARIS, 5 mars 2024 (AFP) –", "WASHINGTON, March 5 (Reuters) -").</summary>
    Dateline,
    /// <summary>The newest full calendar date the text mentions that is not after the time it was received.</summary>
    Text,
    /// <summary>Nothing in the input dates it: the day it was received (ingested).</summary>
    Ingested,
}

public static class DateSourceNames
{
    /// <summary>The contracts' word for a source: "metadata", "dateline", "text", "ingested".</summary>
    public static string Name(this DateSource source) => source switch
    {
        DateSource.Metadata => "metadata",
        DateSource.Dateline => "dateline",
        DateSource.Text => "text",
        _ => "ingested",
    };

    public static DateSource? Parse(string? name) => name switch
    {
        "metadata" => DateSource.Metadata,
        "dateline" => DateSource.Dateline,
        "text" => DateSource.Text,
        "ingested" => DateSource.Ingested,
        _ => null,
    };
}
