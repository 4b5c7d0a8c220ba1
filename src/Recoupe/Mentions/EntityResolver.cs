using System.Collections.Immutable;
using Recoupe.Mentions.Resolution;
using Recoupe.Model;

namespace Recoupe.Mentions;

/// <summary>
/// Merges entity mentions from many articles into entities: same key (phonetic for people, content stems for
/// institutions, region code for countries), surname alone to the only full name that ends with it,
/// near-misspellings of a first name, acronyms defined or spelled by a long name, capitals standing for their
/// country. See <see cref="EntityClusters"/>.
/// </summary>
public sealed class EntityResolver : IEntityResolver
{
    public ImmutableArray<ResolvedEntity> Resolve(IEnumerable<(long ArticleId, string Text, EntityMention Mention)> mentions) =>
        EntityClusters.Build(mentions);

    /// <summary>
    /// The same merge over articles whose mentions were read one by one (<see cref="ArticleEntities.Read"/>, kept between the
    /// builds of a story's brief), article positions as ids: equal to <see cref="Resolve(IEnumerable{ValueTuple{long, string, EntityMention}})"/>
    /// of the same mentions given article after article.
    /// </summary>
    internal ImmutableArray<ResolvedEntity> Resolve(IReadOnlyList<ArticleEntities> articles) => EntityClusters.Build(articles);
}
