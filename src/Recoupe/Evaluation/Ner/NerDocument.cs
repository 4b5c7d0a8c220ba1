using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Evaluation.Ner;

/// <summary>A gold entity: a character span of the rebuilt text and a coarse type ("pers", "loc", "org", …).</summary>
public readonly record struct GoldEntity(TextSpan Span, string Type);

/// <summary>
/// A document rebuilt from token-per-line gold data, with its gold entities as character spans.
/// <paramref name="TitlesInside"/>: the annotation guidelines put a person's title and apposed function inside the
/// mention (HIPE), rather than outside (Europeana).
/// </summary>
public sealed record NerDocument(string Id, string Text, ImmutableArray<GoldEntity> Entities, bool TitlesInside = false);
