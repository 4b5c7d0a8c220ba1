namespace Recoupe.Stories;

/// <summary>
/// One recent article of a story as a short vector: its heaviest terms (ids) with TF-IDF weights divided by
/// the article's norm, so that a dot product with another normalised article approximates their cosine.
/// A story keeps a few (see <see cref="StoryAssignerOptions.StoryMembers"/>): an article on a side aspect can
/// be far from the story's average and still close to one of its articles.
/// </summary>
internal sealed record StoryMember(int[] Ids, float[] Weights, string Language)
{
    public static StoryMember Of(WeightedArticle article, int terms)
    {
        int n = Math.Min(terms, article.Terms.Length);
        var ids = new int[n];
        var weights = new float[n];
        float inv = article.Norm > 0 ? (float)(1 / article.Norm) : 0;
        for (int i = 0; i < n; i++)
        {
            ids[i] = article.Terms[i].Id;
            weights[i] = article.Weights[i] * inv;
        }
        return new StoryMember(ids, weights, article.Article.Language);
    }
}
