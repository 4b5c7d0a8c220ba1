using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Support;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Conflicts of value between claims: two articles state one claim — the same frame (a shared subject, a shared predicate, the
/// same polarity and modality, no "another occurrence" cue, and the pair classifier does not call them unrelated) — and exactly one
/// slot differs: a date of the event, or a figure of the same thing. A figure that differs between reports of different days is an
/// update (the figure's evolution, dated), not a disagreement. Candidate pairs come from an index of claims by (subject, what the
/// figure measures) and (subject, kind of event): sentences are compared only with those that could be the same claim, never all
/// pairs of an entity's sentences.
/// </summary>
internal static class ClaimConflictDetector
{
    /// <summary>A bucket with more sentences than this is no selective subject (the story's country): it yields no candidates.</summary>
    public const int MaxBucket = 120;

    /// <summary>Reports this many hours apart (or on different days) give a figure at different reference times: an update.</summary>
    public const double UpdateHours = 6;

    /// <summary>The subject of a toll that names none: the story's event itself.</summary>
    private const int StorySubject = -1;

    public static List<ScoredConflict> Detect(StoryCorpus corpus, SupportClassifier support, BriefOptions options)
    {
        var found = new ConflictMerger();
        foreach (var (a, b) in CandidatePairs(corpus, support.Frames))
        {
            var conflict = Compare(corpus, support, corpus.Units[a], corpus.Units[b], options);
            if (conflict is null) continue;
            found.Add(conflict);
        }
        return MergeTollUpdates(found.Result());
    }

    /// <summary>
    /// The evolution of a count of people is one figure whichever pair of reports showed it: a pair that names the place ("4 dead in
    /// X") and a pair with a report that names none ("the toll rose to 5") give two updates of one toll, told with and without its
    /// place. Updates of one count (<see cref="ScoredConflict.Figure"/>) that share a sentence are one entry, named as the first.
    /// </summary>
    private static List<ScoredConflict> MergeTollUpdates(List<ScoredConflict> conflicts)
    {
        var result = new List<ScoredConflict>();
        foreach (var c in conflicts)
        {
            int into = c.Kind == ScoredConflict.Update && c.Figure is not null
                ? result.FindIndex(r => r.Kind == ScoredConflict.Update && r.Figure == c.Figure && r.Statements.Intersect(c.Statements).Any())
                : -1;
            if (into >= 0) result[into] = result[into].Merge(c);
            else result.Add(c);
        }
        return result;
    }

    /// <summary>
    /// Pairs of sentences of independent articles that share a bucket: a figure of one thing about one subject, or a date with one
    /// kind of event about one actor. Each pair once, in a stable order.
    /// </summary>
    internal static IEnumerable<(int A, int B)> CandidatePairs(StoryCorpus corpus, ClaimFrame[] frames)
    {
        var buckets = new Dictionary<(char Slot, string What, int Subject), List<int>>();
        foreach (var u in corpus.Units)
        {
            var f = frames[u.Index];
            if (u.IsBoilerplate || !f.IsClaim || f.Quantities.Length + f.Dates.Length == 0) continue;
            foreach (var q in f.Quantities)
            {
                var what = q.Key; // made from its parts on each read: once per figure, not once per subject
                foreach (var s in f.Actors) Add(('q', what, s), u.Index);
                foreach (var s in f.Places) Add(('q', what, s), u.Index);
                // A toll is the story's own figure: "le feu a fait 13 morts" names no one, yet it is the toll of the story's event.
                if (q.IsCountClassFigure) Add(('q', what, StorySubject), u.Index);
            }
            if (f.Dates.Length == 0) continue;
            var kinds = u.EventClasses.Length > 0 ? u.EventClasses : u.Families.Length > 0 ? u.Families.Select(ParaphraseFamilies.LabelOf).ToArray() : ["*"];
            foreach (var kind in kinds)
                foreach (var s in f.Actors) Add(('d', kind, s), u.Index);
            // A dated event may name no one who did it ("the state of emergency was declared on Thursday evening"): it is found by
            // the words that say what the date is the date of.
            foreach (var date in f.Dates)
                foreach (var term in DatedEvent.Words(corpus, u, date.Span))
                    Add(('a', "", term), u.Index);
        }
        var seen = new HashSet<(int, int)>();
        foreach (var ((slot, _, _), list) in buckets.OrderBy(kv => kv.Key.Slot).ThenBy(kv => kv.Key.What, StringComparer.Ordinal).ThenBy(kv => kv.Key.Subject))
        {
            if (list.Count < 2 || list.Count > MaxBucket) continue;
            for (int i = 0; i < list.Count; i++)
            for (int j = i + 1; j < list.Count; j++)
            {
                var a = corpus.Units[list[i]];
                var b = corpus.Units[list[j]];
                if (a.ArticleIndex == b.ArticleIndex) continue;
                if (corpus.Independence.CopyGroup(a.ArticleIndex) == corpus.Independence.CopyGroup(b.ArticleIndex)) continue;
                // Words next to a date bring together only acts that name no one in common: two sentences sharing a name compare
                // through that name's buckets, whose size bounds say how selective it is.
                if (slot == 'a' && SentenceAligner.Shared(frames[a.Index].Actors, frames[b.Index].Actors) + SentenceAligner.Shared(frames[a.Index].Places, frames[b.Index].Places) > 0)
                    continue;
                if (seen.Add((a.Index, b.Index))) yield return (a.Index, b.Index);
            }
        }

        void Add((char, string, int) key, int unit)
        {
            if (!buckets.TryGetValue(key, out var list)) buckets[key] = list = [];
            if (list.Count == 0 || list[^1] != unit) list.Add(unit);
        }
    }

    internal static ScoredConflict? Compare(StoryCorpus corpus, SupportClassifier support, SentenceUnit a, SentenceUnit b, BriefOptions options)
    {
        var fa = support.FrameOf(a);
        var fb = support.FrameOf(b);
        if (fa.Negated != fb.Negated || fa.Modality != fb.Modality || fa.AnotherOccurrence || fb.AnotherOccurrence) return null;
        // Counted on the sorted arrays first: most candidate pairs stop here or at the predicate, and need no list of subjects.
        int sharedSubjects = SentenceAligner.Shared(fa.Actors, fb.Actors) + SentenceAligner.Shared(fa.Places, fb.Places);
        // Without a shared name, only tolls compare, and only when one of the two names no one (the story's event); two sentences
        // naming different people or places give the figures of two scopes.
        bool storyToll = sharedSubjects == 0 && (fa.Actors.Length + fa.Places.Length == 0 || fb.Actors.Length + fb.Places.Length == 0)
                         && fa.Quantities.Any(q => q.IsCountClassFigure) && fb.Quantities.Any(q => q.IsCountClassFigure);
        // Nor any shared name: a dated event that names no one compares by what is dated ("declared" a "state of emergency").
        bool unnamedEvent = sharedSubjects == 0 && !storyToll && fa.Dates.Length > 0 && fb.Dates.Length > 0;
        if (sharedSubjects == 0 && !storyToll && !unnamedEvent) return null;
        // Most pairs met through the words next to a date differ on no date near enough: stop before the costlier checks.
        if (unnamedEvent && !NearDifferentDates(fa, fb)) return null;
        double cosine = a.Vector.Dot(b.Vector);
        // A dated event that names no one shares its predicate through the words next to its dates (checked below, DatedEvent).
        var predicate = SharedPredicate(corpus, a, b, cosine, options) ?? (unnamedEvent ? ("", false) : null);
        if (predicate is null) return null;
        var slots = SlotAgreement.Of(fa, fb);
        bool dates = slots.DifferentDates > 0, values = slots.DifferentValues > 0 && slots.SameValues == 0;
        // One slot differs, not two: sentences that differ in both date and figure tell of two occurrences, unless they are two
        // reports of different days, each dating its own figure ("2,000 evacuated, police said on Sunday" / "3,000 now evacuated,
        // police said on Monday"): that is one figure's evolution, told as an update below.
        if (dates && values && !unnamedEvent && DifferentReferenceTimes(corpus, a, b)) dates = false;
        if (dates == values) return null;
        if (unnamedEvent && !dates) return null;
        // The claims are about the same subject: the one either sentence names first is named in the other too (a pronoun in one,
        // "Elle y a vécu…", leaves that sentence's first name to another person, so one direction is enough).
        if (fa.FirstActor >= 0 && fb.FirstActor >= 0 && Array.BinarySearch(fb.Actors, fa.FirstActor) < 0 && Array.BinarySearch(fa.Actors, fb.FirstActor) < 0)
            return null;
        // A figure is its sentence's first-named holder's ("Verdalia, filiale de X, a perdu 40 millions" is Verdalia's loss, not
        // X's): two figures compare only when each sentence's first name is named in the other. Dates keep the one-way test.
        if (values && fa.FirstActor >= 0 && fb.FirstActor >= 0
            && (Array.BinarySearch(fb.Actors, fa.FirstActor) < 0 || Array.BinarySearch(fa.Actors, fb.FirstActor) < 0))
            return null;
        var subjects = fa.Actors.Intersect(fb.Actors).Concat(fa.Places.Intersect(fb.Places)).ToList();
        // The frames line up; the pair classifier checks that the two read as one claim told two ways rather than two claims.
        var p = support.Probabilities(a, b);
        // The model has seen few contradictions (judged pairs hold 4): it is asked only whether the two are about one claim at all
        // (unrelated under the bar, and less likely than it reading the two as one claim stated or contradicted).
        // A dated event that names no one has passed a stricter test of being one claim (two words shared next to each date, checked
        // below): the bar is then only that the model reads the pair as one claim more than as two.
        double unrelated = p[(int)SupportLabel.Unrelated];
        if (unrelated >= options.ConflictUnrelated && !unnamedEvent || unrelated > p[(int)SupportLabel.Contradicts] + p[(int)SupportLabel.Partial]) return null;
        double confidence = (0.4 + 0.4 * Math.Min(1, cosine / 0.5) + (predicate.Value.IsEventClass ? 0.1 : 0) + (subjects.Count >= 2 ? 0.1 : 0))
                            * (1 - p[(int)SupportLabel.Unrelated]);

        if (dates)
        {
            if (storyToll || CountsOverTime(predicate.Value.Label)) return null;
            var people = fa.Actors.Intersect(fb.Actors).ToList();
            var (ta, tb) = slots.DifferentDate!.Value;
            // A day told with its part ("jeudi soir", "Thursday evening") disagrees with a day next to it, the way outlets misdate an
            // evening or a night; further apart, the two are more often two evenings of a story (two hearings, two meetings).
            bool partOfDay = TimeValues.Day(ta.Value) != ta.Value || TimeValues.Day(tb.Value) != tb.Value;
            if (partOfDay && !DatedEvent.Near(ta.Value, tb.Value, DatedEvent.PartOfDayNearDays) || unnamedEvent && !DatedEvent.Near(ta.Value, tb.Value)) return null;
            // The dates must differ on something both outlets wrote, not only on what was inferred (the year of "le 19 octobre",
            // the calendar date of "dimanche").
            if (!StatedDateParts.DifferOnStatedPart(MentionText(corpus, a, ta), ta.Value, MentionText(corpus, b, tb), tb.Value)) return null;
            if (people.Count == 0)
            {
                // No one named in both: the event is what the words next to each date say, and two of them must be shared (the act
                // and what it bears on), not one word that many events of a story share.
                var told = DatedEvent.Shared(corpus, a, ta.Span, b, tb.Span);
                if (told is null) return null;
                return ScoredConflict.Of($"When: {told}", "value", "date", confidence, corpus,
                    new ConflictSide(Describe(corpus, a, ta.Span, ta.Value), ta.Value, a), new ConflictSide(Describe(corpus, b, tb.Span, tb.Value), tb.Value, b));
            }
            // Each date must be told of the same thing: the words around it in one sentence meet the words around it in the other.
            if (!AnchorsMeet(corpus, a, ta.Span, b, tb.Span)) return null;
            var subject = corpus.Entities[Closest(corpus, a, people, ta.Span.Start)].Entity.Name;
            var place = fa.Places.Intersect(fb.Places).Select(e => corpus.Entities[e].Entity.Name).FirstOrDefault()
                        ?? fa.Places.Concat(fb.Places).Select(e => corpus.Entities[e].Entity.Name).FirstOrDefault();
            var about = predicate.Value.IsEventClass
                ? $"Date of {subject}'s {predicate.Value.Label}{(place is null ? "" : " to " + place)}"
                : $"When: {subject} — {predicate.Value.Label}";
            return ScoredConflict.Of(about, "value", "date", confidence, corpus,
                new ConflictSide(Describe(corpus, a, ta.Span, ta.Value), ta.Value, a), new ConflictSide(Describe(corpus, b, tb.Span, tb.Value), tb.Value, b));
        }
        var (qa, qb) = slots.DifferentValue!.Value;
        if (storyToll && !(qa.IsCountClassFigure && qb.IsCountClassFigure)) return null;
        // A figure over another period ("au premier semestre" / "sur neuf mois") is another figure, not another version of it.
        if (PeriodCues.Differ(PeriodCues.Of(a.Words), PeriodCues.Of(b.Words))) return null;
        // Each figure is told of the same subject: the person, organisation or place named nearest to it is one entity in both
        // ("200 lits en Midi-Pyrénées" / "2000 lits en France" are two scopes, not two versions).
        if (!storyToll)
        {
            var nearestA = Closest(corpus, a, fa.Actors.Concat(fa.Places).ToList(), qa.Span.Start);
            var nearestB = Closest(corpus, b, fb.Actors.Concat(fb.Places).ToList(), qb.Span.Start);
            if (nearestA != nearestB) return null;
        }
        // A sum of money, an area or a mass is an amount, not a number of things ("Amount in USD", not "Number of USD").
        // A count of people is named so whichever noun each outlet counts them by, so that all its reports make one entry.
        var what = qa.IsCountClassFigure && (qa.Counted.Length == 0 || PeopleNouns.Contains(qa.Counted)) ? "Number of people"
            : qa.Counted.Length > 0 ? "Number of " + corpus.SurfaceOfStem(a, qa.Counted) : qa.IsMeasure ? "Amount in " + qa.Unit : qa.Unit.Length > 0 ? "Number of " + qa.Unit : "Number of it";
        // A sentence that tells the change itself ("passé de 19 à 26 milliards") makes the other figure an earlier step.
        // So does a report that says its figure is a new step ("nouveau bilan", "s'est alourdi"), and a toll of the story's event
        // whose reports' times are unknown: tolls are restated as they rise far more often than outlets dispute them.
        var kind = DifferentReferenceTimes(corpus, a, b) || qa.ChangedFrom(qb) || qb.ChangedFrom(qa)
                   || UpdateCues.TellsAnEvolution(a.Words) || UpdateCues.TellsAnEvolution(b.Words)
                   || qa.IsCountClassFigure && qb.IsCountClassFigure && UnknownReferenceTime(corpus, a, b)
            ? ScoredConflict.Update : "value";
        var aboutFigure = storyToll
            ? $"{what} ({predicate.Value.Label})"
            : $"{what} ({corpus.Entities[Closest(corpus, a, subjects, qa.Span.Start)].Entity.Name}, {predicate.Value.Label})";
        return ScoredConflict.Of(aboutFigure, kind, "figure", confidence, corpus,
            new ConflictSide(Surface(corpus, a, qa.Span), qa.Normalised, a), new ConflictSide(Surface(corpus, b, qb.Span), qb.Normalised, b))
            with { Figure = qa.IsCountClassFigure ? qa.Key + "|" + predicate.Value.Label : null };
    }

    private static bool NearDifferentDates(ClaimFrame fa, ClaimFrame fb) =>
        SlotAgreement.Of(fa, fb) is { DifferentDates: > 0, DifferentDate: var (x, y) } && DatedEvent.Near(x.Value, y.Value);

    private static string MentionText(StoryCorpus corpus, SentenceUnit u, TimeMention t)
    {
        var text = corpus.ArticleOf(u).Text;
        return t.Span.End <= text.Length ? text[t.Span.Start..t.Span.End] : "";
    }

    /// <summary>Content words this close to a date (on either side) say what the date is the date of.</summary>
    public const int AnchorWords = 4;

    /// <summary>
    /// Whether the words around the date in one sentence and around the date in the other share a content word or a paraphrase
    /// family ("la visite … en juillet" / "s'est rendu … en août"): a sentence with several events dates each one separately, and a
    /// date told of another event of the same people ("incarcéré le 8 février" / "confronté le 6 mars") is no rival date.
    /// </summary>
    private static bool AnchorsMeet(StoryCorpus corpus, SentenceUnit a, TextSpan da, SentenceUnit b, TextSpan db)
    {
        var x = Anchors(corpus, a, da);
        var y = Anchors(corpus, b, db);
        foreach (var t in x)
            if (y.Contains(t)) return true;
        var fx = x.Select(t => ParaphraseFamilies.Of(corpus.StemOf(t))).Where(f => f >= 0).ToHashSet();
        return y.Any(t => fx.Contains(ParaphraseFamilies.Of(corpus.StemOf(t))));
    }

    private static HashSet<int> Anchors(StoryCorpus corpus, SentenceUnit u, TextSpan date)
    {
        var text = corpus.ArticleOf(u).Text;
        var language = corpus.ArticleOf(u).Language;
        var before = new List<int>();
        var after = new List<int>();
        foreach (var token in Language.Tokenizer.Tokenize(text, u.Span))
        {
            if (token.Span.Overlaps(date) || token.IsNumber) continue;
            if (Language.Stopwords.IsStopword(token.Lower, language) || token.Lower.Length < 3) continue;
            var stem = Language.Stemmer.Stem(token.Lower, language);
            if (AttributionWords.IsAttribution(stem)) continue;
            int term = corpus.TermOf(stem);
            if (term < 0) continue;
            if (token.Span.End <= date.Start) before.Add(term);
            else if (after.Count < AnchorWords) after.Add(term);
        }
        return before.TakeLast(AnchorWords).Concat(after).ToHashSet();
    }

    /// <summary>Either article's publication day is unknown: which report came first cannot be told.</summary>
    private static bool UnknownReferenceTime(StoryCorpus corpus, SentenceUnit a, SentenceUnit b) =>
        corpus.ArticleOf(a).Published is not { Precision: >= DatePrecision.Day } || corpus.ArticleOf(b).Published is not { Precision: >= DatePrecision.Day };

    /// <summary>
    /// Two reports of a figure refer to different times when their articles were published on different days (or hours apart):
    /// a toll or a budget restated later is its evolution. Unknown publication times are taken as the same reference time.
    /// </summary>
    private static bool DifferentReferenceTimes(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        var pa = corpus.ArticleOf(a).Published;
        var pb = corpus.ArticleOf(b).Published;
        if (pa is null || pb is null || pa.Precision < DatePrecision.Day || pb.Precision < DatePrecision.Day) return false;
        if (pa.Value.Date != pb.Value.Date) return true;
        return pa.Precision >= DatePrecision.Minute && pb.Precision >= DatePrecision.Minute && Math.Abs((pa.Value - pb.Value).TotalHours) >= UpdateHours;
    }

    /// <summary>
    /// Tolls are counted again day after day: two dates on "killed 15" / "killed 2,000" are two reports of a rising
    /// count, not two versions of when something happened.
    /// </summary>
    private static bool CountsOverTime(string label) => label is "death toll" or "injuries";

    /// <summary>
    /// Of the shared entities, the one named nearest the disputed value in the sentence: the subject of the clause,
    /// rather than the source quoted at the end of it ("…killed 15 people, said Marianne Holtby").
    /// </summary>
    private static int Closest(StoryCorpus corpus, SentenceUnit u, List<int> candidates, int position)
    {
        int best = candidates[0], bestDistance = int.MaxValue;
        foreach (var m in corpus.Articles[u.ArticleIndex].Annotations.Entities)
        {
            if (!u.Span.Contains(m.Span.Start)) continue;
            int e = corpus.EntityOf(u.ArticleIndex, m);
            if (!candidates.Contains(e)) continue;
            int distance = m.Span.End <= position ? position - m.Span.End : Math.Max(0, m.Span.Start - position);
            if (distance < bestDistance) { bestDistance = distance; best = e; }
        }
        return best;
    }

    /// <summary>A shared event class ("visit"), else at least two shared content stems with some lexical similarity.</summary>
    private static (string Label, bool IsEventClass)? SharedPredicate(StoryCorpus corpus, SentenceUnit a, SentenceUnit b, double cosine, BriefOptions options)
    {
        foreach (var label in a.EventClasses)
            if (Array.BinarySearch(b.EventClasses, label, StringComparer.Ordinal) >= 0) return (label, true);
        if (cosine < options.ConflictAlignment * 2) return null;
        var shared = a.PredicateTerms.Intersect(b.PredicateTerms).ToList();
        return shared.Count >= 2 ? (corpus.SurfaceOf(a, shared[0]), false) : null;
    }

    private static string Describe(StoryCorpus corpus, SentenceUnit u, TextSpan span, string value) =>
        $"{Surface(corpus, u, span)} ({value})";

    private static string Surface(StoryCorpus corpus, SentenceUnit u, TextSpan span) => span.Of(corpus.ArticleOf(u).Text);
}
