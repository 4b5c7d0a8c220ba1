using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// The independent sources of a fact. Cited sentences are one source when their articles trace back to one origin (copies, one
/// credited agency, rewrites of one dispatch: <see cref="SourceIndependence"/>), when they word the claim near-identically (a copy
/// that credits no one), or when they attribute it to the same origin ("selon Pékin", the same quoted speaker): five outlets
/// repeating what one spokesperson said are one source for the claim, shown as attributed to them, and so is an outlet that names
/// the spokesperson and reports their words without the sentence being read as attributed; two outlets quoting the same words are
/// one source too (the same quotation relayed), and so are two that share a long run of words or carry one's quoted passage
/// (<see cref="RelayedWording"/>).
/// </summary>
internal static class FactSources
{
    /// <param name="learned">The learned "same origin" decision, applied after the rules to pairs they left apart (null: the shipped model).</param>
    public static (ImmutableArray<SourceGroup> Groups, string? AttributedTo) Of(StoryCorpus corpus, ClaimFrame[] frames,
        IReadOnlyList<SentenceUnit> members, double nearIdentical, SameOriginModel? learned = null)
    {
        int n = members.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        var wording = new bool[n];
        var quoting = new bool[n];
        // Members that name no source but relay what another member's source said: they count under that source.
        var relayed = new Attribution?[n];
        var wordings = new RelayedWording.Wording?[n];
        // Each sentence's wording is read once per article read (kept with it), not once per fact it is cited in, per rebuild.
        RelayedWording.Wording WordingOf(int k) => wordings[k] ??= members[k].Reading?.Wording(corpus.ArticleOf(members[k]).Language)
                                                                 ?? RelayedWording.Read(members[k].Text, corpus.ArticleOf(members[k]).Language);
        // Who each member says the claim comes from: its attribution, or the named subject of its verb of saying (StatedBy).
        var stated = new Attribution?[n];
        for (int k = 0; k < n; k++) stated[k] = StatedBy.Of(corpus, frames[members[k].Index], members[k]);
        OriginNames.Unify(stated);
        for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
        {
            var a = members[i];
            var b = members[j];
            var ta = stated[i];
            var tb = stated[j];
            bool sameOrigin = corpus.Independence.Origin(a.ArticleIndex) == corpus.Independence.Origin(b.ArticleIndex);
            bool sameAttribution = ta is not null && tb is not null && ta.Key == tb.Key;
            if (ta is not null && tb is null && Relays(corpus, frames[b.Index], b, ta)) { sameAttribution = true; relayed[j] ??= ta; }
            else if (tb is not null && ta is null && Relays(corpus, frames[a.Index], a, tb)) { sameAttribution = true; relayed[i] ??= tb; }
            bool copied = !sameOrigin && SourceIndependence.WordOverlap(a, b) >= nearIdentical;
            // A rewrite of one dispatch keeps a long run of its words, an inflection changed here and there (SharedWording.StemRun).
            if (!sameOrigin && !copied && SharedWording.StemRun(corpus, a, b) >= RelayedWording.CopiedRun) copied = true;
            bool quoted = !sameOrigin && !copied && SameQuotation(frames[a.Index].Quoted, frames[b.Index].Quoted);
            // A long unchanged run of words, or one's quoted passage in the other's words: the same dispatch or statement relayed.
            if (!sameOrigin && !copied && !quoted && RelayedWording.SameWording(WordingOf(i), WordingOf(j)))
            {
                if (frames[a.Index].Quoted.Length > 0 || frames[b.Index].Quoted.Length > 0) quoted = true;
                else copied = true;
            }
            if (sameOrigin || sameAttribution || copied || quoted) Union(parent, i, j);
            if (copied) wording[i] = wording[j] = true;
            if (quoted) quoting[i] = quoting[j] = true;
        }
        // What the rules left apart, the learned decision may still join: one origin that its wording gives away less plainly.
        learned ??= SameOriginModel.Shipped;
        if (!learned.IsOff)
            for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                if (Find(parent, i) == Find(parent, j) || members[i].ArticleIndex == members[j].ArticleIndex) continue;
                if (learned.Probability(SameOriginFeatures.Compute(corpus, frames, members[i], members[j])) < learned.Threshold) continue;
                Union(parent, i, j);
                wording[i] = wording[j] = true;
            }
        var groups = Enumerable.Range(0, n).GroupBy(i => Find(parent, i)).OrderBy(g => g.Min()).Select(g =>
        {
            var units = g.Select(i => members[i]).ToList();
            var ids = units.Select(u => corpus.ArticleOf(u).Id).Distinct().Order().ToImmutableArray();
            var attributions = g.Select(i => stated[i] ?? relayed[i]).ToList();
            if (attributions.All(t => t is not null) && attributions.Select(t => t!.Key).Distinct().Count() == 1)
                return new SourceGroup(attributions[0]!.Name, "attributed", ids);
            var (label, reason) = corpus.Independence.Describe(corpus.Independence.Origin(units[0].ArticleIndex));
            if (g.Any(i => wording[i]) && reason == "own reporting") reason = "shared wording";
            else if (g.Any(i => quoting[i]) && reason == "own reporting") reason = "same quotation";
            return new SourceGroup(label, reason, ids);
        }).ToImmutableArray();
        var all = Enumerable.Range(0, n).Select(i => frames[members[i].Index].Attribution ?? relayed[i]).ToList();
        string? attributedTo = all.All(t => t is not null) && all.Select(t => t!.Key).Distinct().Count() == 1 ? all[0]!.Name : null;
        return (groups, attributedTo);
    }

    /// <summary>
    /// A sentence that names no source of its own but reports what a named person or body said: it names that entity and reports
    /// speech (quotes words, or uses a saying verb: "X a estimé que…"). An outlet relaying X's statement adds no witness to X's.
    /// </summary>
    private static bool Relays(StoryCorpus corpus, ClaimFrame frame, SentenceUnit u, Attribution source)
    {
        if (!Names(corpus, u, source.Key)) return false;
        if (frame.Quoted.Length > 0) return true;
        foreach (var t in u.WordTerms)
            if (t >= 0 && AttributionWords.IsSaying(corpus.StemOf(t))) return true;
        return false;
    }

    /// <summary>The sentence names the origin of <paramref name="key"/>: the entity, or a place standing for that country.</summary>
    private static bool Names(StoryCorpus corpus, SentenceUnit u, string key)
    {
        foreach (var e in u.Entities)
            if (StatedBy.EntityOriginKey(corpus, e) == key) return true;
        return false;
    }

    /// <summary>Quotation minimum: this many quoted words in common, most of the shorter quotation's words.</summary>
    public const int MinSharedQuotedWords = 4;
    public const double MinQuotedOverlap = 0.6;

    /// <summary>
    /// Two sentences that quote the same words: one statement relayed twice, one source for the claim, however each outlet frames
    /// it (the speaker may be named differently, or left to the context, so the attribution alone does not tell).
    /// </summary>
    public static bool SameQuotation(string[] a, string[] b)
    {
        int shared = QuotedWords.Shared(a, b);
        double overlap = QuotedWords.Overlap(a, b);
        // A short quotation that the other quotes whole ("« … »" three words of it, all inside the other's quotation) is relayed too.
        return shared >= MinSharedQuotedWords && overlap >= MinQuotedOverlap || shared >= MinContainedQuotedWords && overlap >= 1;
    }

    /// <summary>Quoted words of a short quotation that, all found in the other sentence's quotation, make it the same one.</summary>
    public const int MinContainedQuotedWords = 3;

    private static int Find(int[] p, int i)
    {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static void Union(int[] p, int i, int j)
    {
        int a = Find(p, i), b = Find(p, j);
        if (a < b) p[b] = a;
        else p[a] = b;
    }
}
