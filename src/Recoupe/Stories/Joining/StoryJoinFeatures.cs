namespace Recoupe.Stories;

/// <summary>
/// The features of the join model for one article and one candidate story of its language (see
/// <see cref="StoryJoinModel"/>): the time-decayed cosine split by kind (content-word stems, names, numbers: a story
/// shared only through a name, such as a minister in the news for two unrelated reasons, is weaker evidence than one
/// sharing the event's words, and the model weighs them apart), and the story's size. Cosines are scaled ×10 so that
/// weights of a few units suffice (the trainer starts at zero and takes bounded steps).
/// A feature "lead" (cosine minus the best other candidate's) was tried and left out: with a single candidate the
/// lead is the whole cosine, and the model learnt to join the first article of a new topic to the only (wrong)
/// story it resembled (two pairs of related RPM2 topics fused: in-sample topic B-cubed F1 0.944 against 0.983 without).
/// </summary>
public static class StoryJoinFeatures
{
    public static readonly IReadOnlyList<string> Names = ["bias", "stems", "names", "numbers", "log_articles", "single_article"];

    public const int Count = 6;

    /// <param name="parts">The candidate's time-decayed cosine by kind (StorySimilarity.ScoreParts).</param>
    /// <param name="articles">Articles in the candidate story.</param>
    public static void Fill(Span<float> x, (double Stems, double Names, double Numbers) parts, int articles)
    {
        x[0] = 1;
        x[1] = (float)(10 * parts.Stems);
        x[2] = (float)(10 * parts.Names);
        x[3] = (float)(10 * parts.Numbers);
        x[4] = (float)Math.Log(1 + articles);
        x[5] = articles == 1 ? 1 : 0;
    }
}
