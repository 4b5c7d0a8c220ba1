using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions;

// PLACEHOLDERS (to be replaced by the mentions stage, one file each).
public sealed class TimeTagger : ITimeTagger
{
    public ImmutableArray<TimeMention> Tag(AnnotationContext context) => [];
}
