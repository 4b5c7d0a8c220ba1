using Recoupe.Model;

namespace Recoupe.Contracts;

/// <summary>The `recoupe extract --format json` contract: one cleaned article and what cleaning removed, with reasons.</summary>
public sealed record ExtractDocument(
    string Input,
    string? Title,
    string? Published,
    string? PublishedPrecision,
    string? Author,
    string? Outlet,
    string Language,
    string? Url,
    string? CanonicalUrl,
    string Text,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<SpanDocument> ParagraphSpans,
    IReadOnlyList<RemovedDocument> Removed)
{
    /// <summary>
    /// The article's date: <see cref="Published"/>, else the date inferred for it: from its text by `recoupe extract`
    /// (dateline, a recent written date; never the day it is extracted), and also from the day received for stored
    /// articles (the API).
    /// </summary>
    public string? Date { get; init; }
    /// <summary>Where <see cref="Date"/> comes from: "metadata", "dateline", "text" or "ingested"; null when there is no date.</summary>
    public string? DateSource { get; init; }

    public static ExtractDocument From(Article a) => new(
        a.Input, a.Title, a.Published?.ToIso(), a.Published?.Precision.ToString().ToLowerInvariant(), a.Author, a.Outlet, a.Language,
        a.Url, a.CanonicalUrl, a.Text,
        [.. a.Paragraphs.Select(p => p.Of(a.Text))],
        [.. a.Paragraphs.Select(p => new SpanDocument(p.Start, p.End))],
        [.. a.Removed.Select(r => new RemovedDocument(r.Text, r.Reason))])
    {
        Date = a.Date?.ToIso(),
        DateSource = a.DateSource?.Name(),
    };
}

public sealed record SpanDocument(int Start, int End);

public sealed record RemovedDocument(string Text, string Reason);

/// <summary>An input that could not be extracted: printed in place of its document in JSON Lines output.</summary>
public sealed record InputErrorDocument(string Input, string Error);
