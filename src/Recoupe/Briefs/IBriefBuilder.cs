using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>Builds the cross-checked brief of a story from its analysed articles.</summary>
public interface IBriefBuilder
{
    Brief Build(Story story, IReadOnlyList<AnalyzedArticle> articles);
}
