using Recoupe.Model;

namespace Recoupe.Stories;

/// <summary>PLACEHOLDER (to be replaced by the stories stage): every article joins the first story.</summary>
public sealed class OnlineStoryAssigner : IStoryAssigner
{
    private long? _first;
    public StoryDecision Decide(AnalyzedArticle article) => _first is null ? StoryDecision.NewStory() : new StoryDecision(_first, 1, []);
    public void Commit(AnalyzedArticle article, long storyId) => _first ??= storyId;
}
