using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>Short, readable names for a brief's sources ("Le Monde", or "article 3" when the outlet is unknown).</summary>
internal sealed class SourceLabels
{
    private readonly Dictionary<long, BriefArticle> _byId = new();

    public SourceLabels(Brief brief)
    {
        foreach (var a in brief.Articles) _byId.TryAdd(a.Id, a);
    }

    public string Of(long articleId) =>
        _byId.TryGetValue(articleId, out var a) && !string.IsNullOrWhiteSpace(a.Outlet) ? a.Outlet! : $"article {articleId}";

    public string OfAll(IEnumerable<SourceSpan> sources) => string.Join(", ", sources.Select(s => s.ArticleId).Distinct().Select(Of));
}
