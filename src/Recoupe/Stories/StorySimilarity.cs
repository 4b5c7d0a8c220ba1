using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The similarity of an article to a story: TF-IDF cosine between the article's features and the story
/// centroid, over the features that can match across the two (stems of the article's language, names and
/// numbers); only names and numbers when the story has no text in the article's language, scaled by the
/// cross-lingual weight. Time decay divides by (1 + gap / half-life), the gap being measured from the
/// story's time span, so a story that keeps getting articles stays reachable.
/// </summary>
internal sealed class StorySimilarity
{
    private readonly StoryAssignerOptions _options;
    private readonly Vocabulary _vocabulary;

    public StorySimilarity(StoryAssignerOptions options, Vocabulary vocabulary)
    {
        _options = options;
        _vocabulary = vocabulary;
    }

    /// <summary>The article's IDF-weighted vector, built once per decision.</summary>
    public WeightedArticle Weigh(TermVector article)
    {
        var vector = new Dictionary<Term, float>(article.Terms.Length);
        double all = 0, independent = 0;
        for (int i = 0; i < article.Terms.Length; i++)
        {
            var term = article.Terms[i];
            float w = article.Weights[i] * _vocabulary.Idf(term);
            vector[term] = w;
            all += w * w;
            if (term.IsLanguageIndependent) independent += w * w;
        }
        return new WeightedArticle(article, vector, Math.Sqrt(all), Math.Sqrt(independent));
    }

    public double Score(WeightedArticle article, StoryCentroid story)
    {
        bool sameLanguage = story.Languages.Contains(article.Article.Language);
        double cosine = Cosine(article, story, sameLanguage);
        if (!sameLanguage) cosine *= _options.CrossLingualWeight;
        double gap = ArticleTime.GapDays(article.Article.Time, story.FirstLo, story.LastHi);
        return cosine / (1 + gap / _options.DecayHalfLifeDays);
    }

    /// <summary>True when the story is beyond the quiet window from the article's time.</summary>
    public bool IsOutOfWindow(WeightedArticle article, StoryCentroid story) =>
        ArticleTime.GapDays(article.Article.Time, story.FirstLo, story.LastHi) > _options.QuietAfterDays;

    private double Cosine(WeightedArticle article, StoryCentroid story, bool sameLanguage)
    {
        var language = article.Article.Language;
        bool mixed = story.Languages.Count > 1;
        double dot = 0, norm = 0;
        foreach (var (term, sum) in story.Sums)
        {
            // Stems of another language can never match: leave them out of the story's norm.
            if (!term.IsLanguageIndependent && (!sameLanguage || mixed && !term.IsStemOf(language))) continue;
            float c = sum * _vocabulary.Idf(term);
            norm += c * c;
            if (article.Vector.TryGetValue(term, out var a)) dot += a * c;
        }
        double articleNorm = sameLanguage ? article.Norm : article.IndependentNorm;
        if (dot <= 0 || norm <= 0 || articleNorm <= 0) return 0;
        return dot / (Math.Sqrt(norm) * articleNorm);
    }

    /// <summary>Cosine between two story centroids over the features they can share (for merges).</summary>
    public double Between(StoryCentroid a, StoryCentroid b)
    {
        var (small, large) = a.Sums.Count <= b.Sums.Count ? (a, b) : (b, a);
        bool shareLanguage = small.Languages.Overlaps(large.Languages);
        double dot = 0, n1 = 0, n2 = 0;
        foreach (var (term, s) in small.Sums)
        {
            if (!shareLanguage && !term.IsLanguageIndependent) continue;
            float idf = _vocabulary.Idf(term);
            float x = s * idf;
            n1 += x * x;
            if (large.Sums.TryGetValue(term, out var t)) dot += x * t * idf;
        }
        foreach (var (term, t) in large.Sums)
        {
            if (!shareLanguage && !term.IsLanguageIndependent) continue;
            float y = t * _vocabulary.Idf(term);
            n2 += y * y;
        }
        if (dot <= 0 || n1 <= 0 || n2 <= 0) return 0;
        return dot / Math.Sqrt(n1 * n2);
    }
}

/// <summary>An article's features multiplied by IDF, with its norms over all features and over names and numbers only.</summary>
internal sealed record WeightedArticle(TermVector Article, Dictionary<Term, float> Vector, double Norm, double IndependentNorm);
