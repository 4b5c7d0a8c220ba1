using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// Builds analysed articles by hand: the text, plus the entities, times and quotes we say are there,
/// so that brief logic is tested independently of the recognisers.
/// </summary>
internal sealed class HandBuiltStory
{
    private readonly List<AnalyzedArticle> _articles = [];

    public IReadOnlyList<AnalyzedArticle> Articles => _articles;

    public Story Story => new(1, "story", DateTimeOffset.Parse("2023-09-01T00:00:00Z"), DateTimeOffset.Parse("2023-09-12T00:00:00Z"),
        _articles.Select(a => a.Article.Id).ToImmutableArray());

    public HandBuiltStory Add(string text, string outlet, string language = "fr", string? title = null, string? published = null,
        long? copyOf = null, (string Surface, EntityType Type, string Key)[]? entities = null,
        (string Surface, string Value)[]? times = null, (string Surface, string SpeakerKey, string Speaker)[]? quotes = null,
        (string Person, string Role)[]? roles = null, string? input = null,
        (string Surface, string SpeakerKey, string Speaker)[]? reported = null)
    {
        long id = _articles.Count + 1;
        var article = new Article
        {
            Id = id, Input = input ?? $"{outlet}-{id}.txt", ContentHash = $"hash{id}", Title = title, Outlet = outlet.Length == 0 ? null : outlet, Language = language,
            Text = text, Published = DateStamp.TryParseIso(published), CopyOf = copyOf,
        };
        var sentences = new SentenceSplitter().Split(text, language);
        var entityMentions = (entities ?? [])
            .SelectMany(e => Occurrences(text, e.Surface).Select(s => new EntityMention(s, e.Type, e.Surface, e.Key)))
            .Select(m => WithRole(m, text, roles))
            .OrderBy(m => m.Span.Start).ToImmutableArray();
        var timeMentions = (times ?? [])
            .SelectMany(t => Occurrences(text, t.Surface).Select(s => new TimeMention(s, TimexType.Date, t.Value)))
            .OrderBy(m => m.Span.Start).ToImmutableArray();
        var quoteMentions = (quotes ?? [])
            .SelectMany(q => Occurrences(text, q.Surface).Select(s => new QuoteMention(s, q.Speaker, null, "a déclaré", false, q.SpeakerKey)))
            .Concat((reported ?? []).SelectMany(q => Occurrences(text, q.Surface).Select(s => new QuoteMention(s, q.Speaker, null, "a rapporté", true, q.SpeakerKey))))
            .OrderBy(q => q.Span.Start).ToImmutableArray();
        _articles.Add(new AnalyzedArticle(article, new ArticleAnnotations(sentences, entityMentions, quoteMentions, timeMentions)));
        return this;
    }

    /// <summary>A person's role, as the mention stage gives it: the role's first occurrence in the text.</summary>
    private static EntityMention WithRole(EntityMention m, string text, (string Person, string Role)[]? roles)
    {
        foreach (var (person, role) in roles ?? [])
            if (m.Name == person && Occurrences(text, role).FirstOrDefault() is { Length: > 0 } span)
                return m with { Role = role, RoleSpan = span };
        return m;
    }

    private static IEnumerable<TextSpan> Occurrences(string text, string surface)
    {
        for (int i = text.IndexOf(surface, StringComparison.Ordinal); i >= 0; i = text.IndexOf(surface, i + surface.Length, StringComparison.Ordinal))
            yield return new TextSpan(i, i + surface.Length);
    }
}
