using Recoupe.Model;
using Recoupe.Pipeline;
using Recoupe.Storage;

namespace Recoupe.Web.Queries;

/// <summary>The brief of a story: the stored one when up to date, else built on the spot (not saved) from its articles.</summary>
public static class BriefSource
{
    public static Brief? Get(IStore store, long storyId, RecoupePipeline pipeline) => BriefRefresher.Current(store, storyId, pipeline);
}
