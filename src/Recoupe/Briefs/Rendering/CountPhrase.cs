namespace Recoupe.Briefs.Rendering;

/// <summary>A count with its noun in the singular or the plural ("1 article", "3 articles"), for the briefs' English labels.</summary>
public static class CountPhrase
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>"5 articles from 3 sources", "1 article from 1 source".</summary>
    public static string ArticlesFromSources(int articles, int sources) => $"{Of(articles, "article")} from {Of(sources, "source")}";
}
