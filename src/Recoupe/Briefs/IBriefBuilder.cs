using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>Builds the cross-checked brief of a story from its analysed articles.</summary>
public interface IBriefBuilder
{
    Brief Build(Story story, IReadOnlyList<AnalyzedArticle> articles);

    /// <summary>
    /// The positions of the articles (given by their metadata, in story order) whose text and annotations <see cref="Build"/> reads;
    /// the others it only lists. A store can then parse just these for a story of thousands of articles. All of them by default.
    /// </summary>
    IReadOnlyCollection<int> ArticlesRead(IReadOnlyList<Article> articles) => Enumerable.Range(0, articles.Count).ToArray();
}
