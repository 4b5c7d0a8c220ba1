using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Quotes;

/// <summary>
/// Quotations by speaker: the same words carried by several outlets become one quote with all its sources
/// and the number of outlets; speakers are ordered by how much they were quoted.
/// </summary>
internal static class QuoteGrouper
{
    /// <summary>Word overlap (of the shorter quote) from which two quotes of one speaker are the same quotation.</summary>
    public const double SameQuotation = 0.6;

    public static ImmutableArray<BriefQuote> Build(StoryCorpus corpus, List<SpeakerQuote> quotes, BriefOptions options)
    {
        var result = new List<(BriefQuote Quote, int Order)>();
        int speakerOrder = 0;
        foreach (var speaker in quotes.GroupBy(q => q.SpeakerKey).OrderByDescending(g => g.Count()).ThenBy(g => g.First().SpeakerName, StringComparer.Ordinal))
        {
            var groups = new List<List<SpeakerQuote>>();
            // Each quote's distinct words, made once per article read (kept with it): a speaker quoted k times is compared up to k²/2 times.
            var wordSets = new List<List<HashSet<string>>>();
            foreach (var q in speaker)
            {
                var words = q.Read?.Distinct ?? new HashSet<string>(q.Words, StringComparer.Ordinal);
                int home = -1;
                for (int g = 0; g < groups.Count && home < 0; g++)
                    foreach (var other in wordSets[g])
                        if (Overlap(other, words) >= SameQuotation) { home = g; break; }
                if (home < 0) { groups.Add([q]); wordSets.Add([words]); }
                else { groups[home].Add(q); wordSets[home].Add(words); }
            }
            foreach (var g in groups.OrderByDescending(g => g.Count))
            {
                var first = g.OrderBy(q => corpus.Articles[q.ArticleIndex].Article.Published?.Value ?? DateTime.MaxValue)
                    .ThenBy(q => q.ArticleIndex).First();
                var sources = g.Select(q => new SourceSpan(corpus.Articles[q.ArticleIndex].Article.Id, q.Mention.Span.Start, q.Mention.Span.End))
                    .ToList();
                // The first source is the earliest report; the rest follow in story order.
                var firstSource = sources[g.IndexOf(first)];
                sources.Remove(firstSource);
                sources.Insert(0, firstSource);
                int outlets = g.Select(q => corpus.Articles[q.ArticleIndex].Article.Outlet ?? "#" + q.ArticleIndex).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                result.Add((new BriefQuote(first.SpeakerName, g.Select(q => q.Role).FirstOrDefault(r => r is not null), first.Text, sources.ToImmutableArray(), outlets)
                    { Indirect = g.All(q => q.Mention.Indirect) }, speakerOrder));
            }
            speakerOrder++;
        }
        return result.OrderBy(r => r.Order).Select(r => r.Quote).Take(options.MaxQuotes).ToImmutableArray();
    }

    /// <summary>Shared distinct words over the distinct words of the shorter quote (a partial quote is contained in the full one).</summary>
    public static double Overlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        return Overlap(new HashSet<string>(a, StringComparer.Ordinal), new HashSet<string>(b, StringComparer.Ordinal));
    }

    /// <summary><see cref="Overlap(string[], string[])"/> of two quotes' distinct words (ordinal sets).</summary>
    internal static double Overlap(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 || y.Count == 0) return 0;
        var (small, large) = x.Count <= y.Count ? (x, y) : (y, x);
        int shared = 0;
        foreach (var w in small)
            if (large.Contains(w)) shared++;
        return shared / (double)Math.Min(x.Count, y.Count);
    }
}
