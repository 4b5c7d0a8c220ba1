using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// An article's date as a reader sees it: the publication date as given, or an inferred date that says it is one
/// ("2024-03-05, dateline", "2024-03-05, from the text", "2024-03-05, received"), so that no inferred day passes for a
/// date the source gave.
/// </summary>
public static class ArticleDateLabel
{
    public static string? Of(BriefArticle a) => Of(a.Published, a.Date, a.DateSource);

    /// <summary>From a contract's fields (`published`, `date`, `date_source`: briefs, extract, annotate).</summary>
    public static string? Of(string? published, string? date, string? dateSource) => published ?? Inferred(date, DateSourceNames.Parse(dateSource));

    public static string? Of(Article a) => a.Published?.ToIso() ?? Inferred(a.InferredDate?.ToIso(), a.DateSource);

    private static string? Inferred(string? date, DateSource? source) => date is null ? null : source switch
    {
        DateSource.Dateline => date + ", dateline",
        DateSource.Text => date + ", from the text",
        DateSource.Ingested => date + ", received",
        _ => date,
    };
}
