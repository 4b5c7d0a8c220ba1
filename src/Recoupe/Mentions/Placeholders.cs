using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions;

// PLACEHOLDERS (to be replaced by the mentions stage, one file each).
public sealed class TimeTagger : ITimeTagger
{
    public ImmutableArray<TimeMention> Tag(AnnotationContext context) => [];
public sealed class EntityRecognizer : IEntityRecognizer
    public ImmutableArray<EntityMention> Recognize(AnnotationContext context) => [];
}

public sealed class QuoteExtractor : IQuoteExtractor
    public ImmutableArray<QuoteMention> Extract(AnnotationContext context, ImmutableArray<EntityMention> entities) => [];
}

public sealed class EntityResolver : IEntityResolver
    public ImmutableArray<ResolvedEntity> Resolve(IEnumerable<(long ArticleId, string Text, EntityMention Mention)> mentions) =>
        mentions.GroupBy(m => m.Mention.Key)
            .Select(g => new ResolvedEntity(
                new Entity(g.Key, g.First().Mention.Name, g.First().Mention.Type, g.Select(m => m.Mention.Span.Of(m.Text)).Distinct().ToImmutableArray(), g.Count()),
                g.Select(m => (m.ArticleId, m.Mention)).ToImmutableArray()))
            .ToImmutableArray();
}
