using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>
/// One article's entity mentions grouped by key (<see cref="LocalReading"/>, in order of each key's first mention): the part of
/// entity resolution that depends on the article alone. A brief keeps it per article (the briefs' analysis cache) so that the
/// cross-document merge of a story that gained one article reads only that article; <see cref="Fits"/> says whether it was read
/// from exactly this text and these mentions. Mentions that end beyond the text are left out. Immutable.
/// </summary>
internal sealed class ArticleEntities
{
    private readonly string _text;
    private readonly ImmutableArray<EntityMention> _mentions;

    private ArticleEntities(string text, ImmutableArray<EntityMention> mentions, LocalReading[] locals)
    {
        _text = text;
        _mentions = mentions;
        Locals = locals;
    }

    public IReadOnlyList<LocalReading> Locals { get; }

    public static ArticleEntities Read(string text, ImmutableArray<EntityMention> mentions)
    {
        var byKey = new Dictionary<string, List<(EntityMention, string)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var m in mentions)
        {
            if (m.Span.End > text.Length) continue;
            if (!byKey.TryGetValue(m.Key, out var list))
            {
                byKey[m.Key] = list = [];
                order.Add(m.Key);
            }
            list.Add((m, EntityClusters.Surface(text, m)));
        }
        return new ArticleEntities(text, mentions, order.Select(k => new LocalReading(k, byKey[k].ToArray())).ToArray());
    }

    /// <summary>Whether this was read from an equal text and equal mentions.</summary>
    public bool Fits(string text, ImmutableArray<EntityMention> mentions) =>
        string.Equals(text, _text, StringComparison.Ordinal)
        && (mentions == _mentions || mentions.AsSpan().SequenceEqual(_mentions.AsSpan()));
}
