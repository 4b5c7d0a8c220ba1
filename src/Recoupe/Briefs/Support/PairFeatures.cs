using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;

namespace Recoupe.Briefs.Support;

/// <summary>
/// What the support classifier sees of a (statement, candidate) pair: wording (cosine, coverage each way, shared bigrams, the
/// aligner's score) and frame agreement (actors, places, event and paraphrase families, figures, dates, polarity, modality, who
/// says it). The same code computes them for training (<c>recoupe train support</c>) and at run time, so the two never drift.
/// </summary>
internal static class PairFeatures
{
    public static readonly string[] Names =
    [
        "cosine", "aligner", "coverage_of_statement", "coverage_of_candidate", "bigram_overlap", "length_ratio",
        "predicate_coverage_of_statement", "predicate_coverage_of_candidate", "rare_terms_shared", "statement_short", "mutual_best",
        "actors_shared", "actors_missing", "actors_extra", "first_actor_missing", "places_shared", "places_clash",
        "event_shared", "event_clash", "families_shared", "families_clash", "families_missing",
        "values_same", "values_compatible", "values_different", "values_missing", "dates_same", "dates_different",
        "negation_mismatch", "negation_anywhere_mismatch", "modality_weaker", "modality_mismatch", "attribution_same", "attribution_different", "speaker_same", "speaker_different",
        "statement_is_claim", "candidate_is_claim", "another_occurrence", "other_language",
        "correction_in_one", "tolls_shared", "value_changed_from", "days_apart",
        "quoted_words_shared", "tense_clash", "both_negated",
        "idf_jaccard", "rare_shared_share", "actors_by_role",
    ];

    public static int Count => Names.Length;

    public static double[] Compute(StoryCorpus corpus, ClaimFrame[] frames, SentenceAligner aligner, SentenceUnit statement, SentenceUnit candidate)
    {
        var x = new double[Names.Length];
        Compute(corpus, frames, aligner, statement, candidate, x);
        return x;
    }

    /// <summary>The same into <paramref name="x"/> (<see cref="Count"/> long): the classifier judges thousands of pairs per brief and keeps only their probabilities.</summary>
    public static void Compute(StoryCorpus corpus, ClaimFrame[] frames, SentenceAligner aligner, SentenceUnit statement, SentenceUnit candidate, Span<double> x)
    {
        var a = statement;
        var b = candidate;
        var fa = frames[a.Index];
        var fb = frames[b.Index];
        var terms = Terms(corpus, a, b);
        double cosine = terms.Cosine;
        bool otherLanguage = corpus.ArticleOf(a).Language != corpus.ArticleOf(b).Language;
        var slots = SlotAgreement.Of(fa, fb);
        int actorsShared = SentenceAligner.Shared(fa.Participants, fb.Participants);
        int placesShared = SentenceAligner.Shared(fa.Places, fb.Places);
        int eventsShared = SharedLabels(a.EventClasses, b.EventClasses);
        int familiesShared = SentenceAligner.Shared(a.Families, b.Families);
        int k = 0;
        x[k++] = cosine;
        x[k++] = Math.Min(1.5, aligner.Score(a, b, cosine));
        x[k++] = terms.CoverageOfA;
        x[k++] = terms.CoverageOfB;
        x[k++] = SourceIndependence.WordOverlap(a, b);
        x[k++] = Math.Log((b.WordCount + 1.0) / (a.WordCount + 1.0));
        x[k++] = terms.PredicateCoverageOfA;
        x[k++] = terms.PredicateCoverageOfB;
        x[k++] = Math.Min(4, terms.RareShared);
        x[k++] = a.WordCount < 12 ? 1 : 0;
        x[k++] = MutualBest(aligner, a, b) ? 1 : 0;
        x[k++] = Math.Min(3, actorsShared);
        x[k++] = fa.Participants.Length == 0 ? 0 : (fa.Participants.Length - actorsShared) / (double)fa.Participants.Length;
        x[k++] = fb.Participants.Length == 0 ? 0 : (fb.Participants.Length - actorsShared) / (double)fb.Participants.Length;
        x[k++] = fa.FirstActor >= 0 && Array.BinarySearch(fb.Participants, fa.FirstActor) < 0 ? 1 : 0;
        x[k++] = Math.Min(2, placesShared);
        x[k++] = fa.Places.Length > 0 && fb.Places.Length > 0 && placesShared == 0 ? 1 : 0;
        x[k++] = Math.Min(2, eventsShared);
        x[k++] = a.EventClasses.Length > 0 && b.EventClasses.Length > 0 && eventsShared == 0 ? 1 : 0;
        x[k++] = Math.Min(3, familiesShared);
        x[k++] = a.Families.Length > 0 && b.Families.Length > 0 && familiesShared == 0 ? 1 : 0;
        x[k++] = a.Families.Length > 0 && b.Families.Length == 0 ? 1 : 0;
        x[k++] = Math.Min(3, slots.SameValues);
        x[k++] = Math.Min(3, slots.CompatibleValues);
        x[k++] = Math.Min(3, slots.DifferentValues);
        x[k++] = fa.Quantities.Length == 0 ? 0 : slots.MissingValues / (double)fa.Quantities.Length;
        x[k++] = Math.Min(2, slots.SameDates);
        x[k++] = slots.DifferentDates;
        x[k++] = NegatedOnlyInOne(a, fa, b, fb) || NegatedOnlyInOne(b, fb, a, fa) ? 1 : 0;
        x[k++] = fa.Negated != fb.Negated ? 1 : 0;
        x[k++] = fa.Modality == ClaimModality.Asserted && fb.Modality != ClaimModality.Asserted ? 1 : 0;
        x[k++] = fa.Modality != fb.Modality ? 1 : 0;
        x[k++] = fa.Attribution is not null && fb.Attribution is not null && fa.Attribution.Key == fb.Attribution.Key ? 1 : 0;
        x[k++] = fa.Attribution is not null && fb.Attribution is not null && fa.Attribution.Key != fb.Attribution.Key ? 1 : 0;
        var speakers = aligner.SpeakerRelationOf(a, b);
        x[k++] = speakers == SentenceAligner.SpeakerRelation.Same ? 1 : 0;
        x[k++] = speakers == SentenceAligner.SpeakerRelation.Different ? 1 : 0;
        x[k++] = fa.IsClaim ? 1 : 0;
        x[k++] = fb.IsClaim ? 1 : 0;
        x[k++] = fa.AnotherOccurrence != fb.AnotherOccurrence ? 1 : 0;
        x[k++] = otherLanguage ? 1 : 0;
        x[k++] = a.Cues.IsCorrection != b.Cues.IsCorrection ? 1 : 0;
        x[k++] = TollsShared(fa.Quantities, fb.Quantities) ? 1 : 0;
        x[k++] = ValueChanged(fa.Quantities, fb.Quantities) ? 1 : 0;
        x[k++] = DaysApart(corpus, a, b);
        x[k++] = QuotedWords.Overlap(fa.Quoted, fb.Quoted);
        x[k++] = TimeOrientation.Clash(fa.Orientation, fb.Orientation) ? 1 : 0;
        // Both deny: "n'a pas versé" / "a démenti avoir versé" agree; a negation in one only is the mismatch features' case.
        x[k++] = fa.Negated && fb.Negated ? 1 : 0;
        // Restatement: the share of the two sentences' rarity-weighted content words they have in common, and of their rare words.
        x[k++] = terms.IdfJaccard;
        x[k++] = terms.RareSharedShare;
        // One names a person, the other the same person by their role ("the minister of X"): the same actor, named another way.
        x[k++] = Math.Min(2, RestatementWords.ActorsByRole(corpus, fa, b) + RestatementWords.ActorsByRole(corpus, fb, a));
    }

    /// <summary>A count-class figure of one whose thing the other counts too (loops, not lambdas: a lambda here made the whole
    /// method allocate a closure for every pair judged).</summary>
    private static bool TollsShared(System.Collections.Immutable.ImmutableArray<Quantity> a, System.Collections.Immutable.ImmutableArray<Quantity> b)
    {
        foreach (var q in a)
        {
            if (!q.IsCountClassFigure) continue;
            foreach (var r in b)
                if (r.Key == q.Key) return true;
        }
        return false;
    }

    /// <summary>A figure of one given as changed from a figure of the other, either way.</summary>
    private static bool ValueChanged(System.Collections.Immutable.ImmutableArray<Quantity> a, System.Collections.Immutable.ImmutableArray<Quantity> b)
    {
        foreach (var q in a)
            foreach (var r in b)
                if (q.ChangedFrom(r) || r.ChangedFrom(q)) return true;
        return false;
    }

    /// <summary>The term-based features from one merge (<see cref="TermOverlap"/>), or feature by feature for a sentence made outside the corpus.</summary>
    private static TermOverlap Terms(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var ta = corpus.PairTermsOf(a);
        var tb = corpus.PairTermsOf(b);
        if (ta.Complete && tb.Complete) return TermOverlap.Of(corpus, a, ta, b, tb);
        return new TermOverlap(a.Vector.Dot(b.Vector), a.Vector.Coverage(b.Vector), b.Vector.Coverage(a.Vector),
            PredicateCoverage(corpus, a, b), PredicateCoverage(corpus, b, a), RareShared(corpus, a, b),
            RestatementWords.IdfJaccard(corpus, a, b), RestatementWords.RareSharedShare(corpus, a, b));
    }

    /// <summary>Labels of <paramref name="a"/> also in <paramref name="b"/> (both distinct, a handful each): a loop, as this runs for every pair judged.</summary>
    private static int SharedLabels(string[] a, string[] b)
    {
        int n = 0;
        foreach (var x in a)
            foreach (var y in b)
                if (string.Equals(x, y, StringComparison.Ordinal)) { n++; break; }
        return n;
    }

    /// <summary>log(1 + days) between the two articles' publication days (0 when either is unknown): figures restated later evolve.</summary>
    private static double DaysApart(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var pa = corpus.ArticleOf(a).Published;
        var pb = corpus.ArticleOf(b).Published;
        if (pa is null || pb is null || pa.Precision < Model.DatePrecision.Day || pb.Precision < Model.DatePrecision.Day) return 0;
        return Math.Log(1 + Math.Min(60, Math.Abs((pa.Value.Date - pb.Value.Date).TotalDays)));
    }

    /// <summary>
    /// The IDF-weighted share of what <paramref name="a"/> says (its content words outside names, dates and attribution words)
    /// that <paramref name="b"/> also has, in any role: how much of the claim the other sentence carries.
    /// </summary>
    private static double PredicateCoverage(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        double total = 0, covered = 0;
        foreach (var t in a.PredicateTerms)
        {
            if (corpus.IsAttributionTerm(t)) continue;
            double w = corpus.Idf(t);
            total += w;
            if (b.TermCounts.ContainsKey(t)) covered += w;
        }
        return total == 0 ? 0 : covered / total;
    }

    /// <summary>
    /// Each is the other's closest sentence in the other's article: a one-to-one alignment, as two versions of one statement are
    /// (a sentence that only shares words with the statement usually has a closer match elsewhere in its article, or none).
    /// </summary>
    private static bool MutualBest(SentenceAligner aligner, SentenceUnit a, SentenceUnit b)
    {
        if (a.ArticleIndex == b.ArticleIndex) return a.Index == b.Index;
        return aligner.BestIn(a, b.ArticleIndex) == b.Index && aligner.BestIn(b, a.ArticleIndex) == a.Index;
    }

    /// <summary>Shared content words that few sentences of the story use (IDF of at least half the maximum): the specific words of a claim.</summary>
    private static int RareShared(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        double rare = 0.5 * Math.Log(corpus.Units.Length + 1.0);
        int n = 0;
        foreach (var t in a.TermCounts.Keys)
            if (b.TermCounts.ContainsKey(t) && corpus.Idf(t) >= rare) n++;
        return n;
    }

    /// <summary>A word that one sentence negates or denies, and the other states without negating it: "n'a pas versé" / "a versé".</summary>
    private static bool NegatedOnlyInOne(SentenceUnit a, ClaimFrame fa, SentenceUnit b, ClaimFrame fb)
    {
        foreach (var t in fa.NegatedTerms)
            if (Array.BinarySearch(b.PredicateTerms, t) >= 0 && Array.BinarySearch(fb.NegatedTerms, t) < 0) return true;
        return false;
    }
}
