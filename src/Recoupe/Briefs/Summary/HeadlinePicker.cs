using Recoupe.Briefs.Analysis;

namespace Recoupe.Briefs.Summary;

/// <summary>
/// The story's headline: the article title closest to what the whole story is about (the centroid), a
/// title repeated by several outlets counting extra; when no article has a title, the best lead sentence.
/// </summary>
internal static class HeadlinePicker
{
    public const int MaxLength = 200;

    public static string? Pick(StoryCorpus corpus, IReadOnlyList<SentenceUnit> summary, double[]? scores)
    {
        var centroid = SentenceScores.CentroidVector(corpus, 60);
        var titles = corpus.Articles
            .Select(a => (Title: Clean(a.Article.Title), a.Article.Language))
            .Where(t => t.Title.Length >= 10)
            .ToList();
        if (titles.Count > 0)
        {
            var repeats = titles.GroupBy(t => t.Title, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
            return titles
                .Select(t => (t.Title, Score: corpus.Vectorize(t.Title, t.Language).Dot(centroid) + 0.05 * (repeats[t.Title] - 1)))
                .OrderByDescending(x => x.Score).ThenBy(x => x.Title.Length).First().Title;
        }
        // No title given: a headline-like first line is most likely the title left in the text; else the best lead sentence.
        var leads = corpus.Units.Where(u => !u.IsBoilerplate && u.Position <= 1).ToList();
        var lead = leads.Where(u => u.IsHeadlineLike).OrderByDescending(u => u.Vector.Dot(centroid)).FirstOrDefault()
                   ?? leads.OrderByDescending(u => scores is null ? 0 : scores[u.Index]).FirstOrDefault()
                   ?? summary.FirstOrDefault();
        return lead is null ? null : Shorten(lead.Text);
    }

    private static string Clean(string? title) => title is null ? "" : string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text)
    {
        text = Clean(text);
        if (text.Length <= MaxLength) return text;
        int cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength)] + "…";
    }
}
