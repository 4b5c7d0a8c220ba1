using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>A <see cref="ClaimFrame"/> as the brief shows it: entity names, figures as written and normalised, TIMEX3 dates.</summary>
internal static class FrameView
{
    public static ClaimFrameView Of(StoryCorpus corpus, SentenceUnit u, ClaimFrame f)
    {
        var text = corpus.ArticleOf(u).Text;
        return new ClaimFrameView(
            Predicate(corpus, u),
            f.Actors.Select(e => corpus.Entities[e].Entity.Name).ToImmutableArray(),
            f.Places.Select(e => corpus.Entities[e].Entity.Name).ToImmutableArray(),
            f.Quantities.Select(q => new ClaimValue(q.Span.Of(text), q.Normalised, q.Low, q.High, q.Unit, q.Bound.ToString().ToLowerInvariant(),
                q.Counted.Length > 0 ? corpus.SurfaceOfStem(u, q.Counted) : null)).ToImmutableArray(),
            f.Dates.Select(t => t.Value).Distinct().ToImmutableArray(),
            f.Negated ? "negative" : "positive",
            f.Modality.ToString().ToLowerInvariant(),
            f.Attribution?.Name);
    }

    /// <summary>The kind of event if the sentence names one ("visit"), else its paraphrase family, else its weightiest content word.</summary>
    private static string Predicate(StoryCorpus corpus, SentenceUnit u)
    {
        if (u.EventClasses.Length > 0) return u.EventClasses[0];
        if (u.Families.Length > 0) return ParaphraseFamilies.LabelOf(u.Families[0]);
        int best = -1;
        float weight = 0;
        for (int k = 0; k < u.Vector.Terms.Length; k++)
        {
            int t = u.Vector.Terms[k];
            if (Array.BinarySearch(u.PredicateTerms, t) < 0 || AttributionWords.IsAttribution(corpus.StemOf(t))) continue;
            if (u.Vector.Weights[k] > weight) { weight = u.Vector.Weights[k]; best = t; }
        }
        return best < 0 ? "" : corpus.SurfaceOf(u, best);
    }
}
