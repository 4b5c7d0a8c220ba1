using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions;

/// <summary>What every mention stage sees: the text, its language, its sentences, and the date relative times anchor on.</summary>
public sealed record AnnotationContext(string Text, string Language, ImmutableArray<Sentence> Sentences, DateStamp? Anchor);

public interface IEntityRecognizer
{
    ImmutableArray<EntityMention> Recognize(AnnotationContext context);
}

public interface IQuoteExtractor
{
    ImmutableArray<QuoteMention> Extract(AnnotationContext context, ImmutableArray<EntityMention> entities);
}

public interface ITimeTagger
{
    ImmutableArray<TimeMention> Tag(AnnotationContext context);
}

/// <summary>Groups entity mentions from one or many articles into entities, merging variants (Kim Jong-un / Kim Jong Un / Kim).</summary>
public interface IEntityResolver
{
    ImmutableArray<ResolvedEntity> Resolve(IEnumerable<(long ArticleId, string Text, EntityMention Mention)> mentions);
}

/// <summary>An entity and the mentions that were merged into it.</summary>
public sealed record ResolvedEntity(Entity Entity, ImmutableArray<(long ArticleId, EntityMention Mention)> Mentions);
