using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// Conflicts of value: two articles state the same event with a different date or number. Precision first,
/// so a pair must pass every check: a shared subject entity (person or organisation; any entity for counts),
/// a shared predicate (an event class, or two non-entity content stems with some lexical similarity), the same
/// modality (both done, or both expected), no sign of another occurrence ("un autre", "again"), and values of the same kind and precision that neither sentence
/// also states. Two different facts, or a name spelled two ways, never reach a claim.
/// </summary>
internal static class ValueConflictDetector
{
    public static List<ScoredConflict> Detect(StoryCorpus corpus, BriefOptions options)
    {
        var byEntity = new Dictionary<int, List<SentenceUnit>>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate || u.Times.Length + u.Numbers.Length == 0) continue;
            foreach (var e in u.Entities) (byEntity.TryGetValue(e, out var l) ? l : byEntity[e] = []).Add(u);
        }
        var found = new Dictionary<string, ScoredConflict>(StringComparer.Ordinal);
        var compared = new HashSet<(int, int)>();
        foreach (var (entity, units) in byEntity)
        {
            if (units.Count > 300) continue; // a ubiquitous entity (the country of the story) is no subject
            for (int i = 0; i < units.Count; i++)
            for (int j = i + 1; j < units.Count; j++)
            {
                var a = units[i];
                var b = units[j];
                if (a.ArticleIndex == b.ArticleIndex) continue;
                if (corpus.Independence.CopyGroup(a.ArticleIndex) == corpus.Independence.CopyGroup(b.ArticleIndex)) continue;
                if (!compared.Add((Math.Min(a.Index, b.Index), Math.Max(a.Index, b.Index)))) continue;
                var conflict = Compare(corpus, a, b, options);
                if (conflict is null) continue;
                if (found.TryGetValue(conflict.Key, out var existing)) found[conflict.Key] = existing.Merge(conflict);
                else found[conflict.Key] = conflict;
            }
        }
        return found.Values.ToList();
    }

    private static ScoredConflict? Compare(StoryCorpus corpus, SentenceUnit a, SentenceUnit b, BriefOptions options)
    {
        double cosine = a.Vector.Dot(b.Vector);
        var subjects = SharedEntities(a, b);
        if (subjects.Count == 0) return null;
        var predicate = SharedPredicate(corpus, a, b, cosine, options);
        if (predicate is null) return null;
        if (Modality.IsProspective(a.Words) != Modality.IsProspective(b.Words)) return null;
        if (Modality.MarksAnotherOccurrence(a.Words) || Modality.MarksAnotherOccurrence(b.Words)) return null;

        var people = subjects.Where(e => corpus.Entities[e].Entity.Type is EntityType.Person or EntityType.Organization).ToList();
        var places = subjects.Where(e => corpus.Entities[e].Entity.Type == EntityType.Place).ToList();
        double confidence = 0.4 + 0.4 * Math.Min(1, cosine / 0.5) + (predicate.Value.IsEventClass ? 0.1 : 0) + (subjects.Count >= 2 ? 0.1 : 0);

        if (people.Count > 0 && !CountsOverTime(predicate.Value.Label) && DifferingDates(a, b) is var (ta, tb))
        {
            var subject = corpus.Entities[Closest(corpus, a, people, ta.Span.Start)].Entity.Name;
            var place = places.Count > 0 ? corpus.Entities[places[0]].Entity.Name : null;
            var about = predicate.Value.IsEventClass
                ? $"Date of {subject}'s {predicate.Value.Label}{(place is null ? "" : " to " + place)}"
                : $"When: {subject} — {predicate.Value.Label}";
            return ScoredConflict.Of(about, "value", confidence, corpus,
                (Describe(corpus, a, ta.Span, ta.Value), ta.Value, a), (Describe(corpus, b, tb.Span, tb.Value), tb.Value, b));
        }
        // Counts conflict only for one occurrence: sentences dated differently tell of two events.
        if (!DatesAgree(a, b)) return null;
        if (DifferingCounts(a, b) is var (na, nb))
        {
            var subject = corpus.Entities[Closest(corpus, a, subjects, na.Span.Start)].Entity.Name;
            var about = $"Number of {corpus.SurfaceOf(a, na.UnitTerm)} ({subject}, {predicate.Value.Label})";
            return ScoredConflict.Of(about, "value", confidence, corpus,
                (Surface(corpus, a, na.Span), na.Value, a), (Surface(corpus, b, nb.Span), nb.Value, b));
        }
        return null;
    }

    /// <summary>
    /// Tolls are counted again day after day: two dates on "killed 15" / "killed 2,000" are two reports of a rising
    /// count, not two versions of when something happened.
    /// </summary>
    private static bool CountsOverTime(string label) => label is "death toll" or "injuries";

    /// <summary>
    /// Of the shared entities, the one named nearest the disputed value in the sentence: the subject of the clause,
    /// rather than the source quoted at the end of it ("…killed 15 people, said Adrienne Watson").
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

    private static List<int> SharedEntities(SentenceUnit a, SentenceUnit b)
    {
        var shared = new List<int>();
        foreach (var e in a.Entities)
            if (Array.BinarySearch(b.Entities, e) >= 0) shared.Add(e);
        return shared;
    }

    private static (string Label, bool IsEventClass)? SharedPredicate(StoryCorpus corpus, SentenceUnit a, SentenceUnit b, double cosine, BriefOptions options)
    {
        foreach (var label in a.EventClasses)
            if (Array.BinarySearch(b.EventClasses, label, StringComparer.Ordinal) >= 0) return (label, true);
        if (cosine < options.ConflictAlignment * 2) return null;
        var shared = a.PredicateTerms.Intersect(b.PredicateTerms).ToList();
        return shared.Count >= 2 ? (corpus.SurfaceOf(a, shared[0]), false) : null;
    }

    /// <summary>A date in each sentence, same precision, different value, and neither date stated by the other sentence.</summary>
    private static (TimeMention, TimeMention)? DifferingDates(SentenceUnit a, SentenceUnit b)
    {
        var datesA = a.Times.Where(IsCalendarDate).ToList();
        var datesB = b.Times.Where(IsCalendarDate).ToList();
        if (datesA.Count is 0 or > 2 || datesB.Count is 0 or > 2) return null;
        foreach (var ta in datesA)
        foreach (var tb in datesB)
        {
            if (ta.Value.Length != tb.Value.Length || Compatible(ta.Value, tb.Value)) continue;
            if (datesB.Any(t => Compatible(t.Value, ta.Value)) || datesA.Any(t => Compatible(t.Value, tb.Value))) continue;
            return (ta, tb);
        }
        return null;
    }

    /// <summary>
    /// One is the other or lies within it ("2023" and "2023-07"). An unknown year ("XXXX-07", left so when neither
    /// the article nor the story gives one) matches any year: only the digits both values know are compared.
    /// </summary>
    public static bool Compatible(string x, string y)
    {
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
            if (x[i] != y[i] && x[i] != 'X' && y[i] != 'X') return false;
        return true;
    }

    /// <summary>Calendar dates: a known or unknown ("XXXX") year, then month and day digits; no weeks, seasons or vague references.</summary>
    private static bool IsCalendarDate(TimeMention t)
    {
        if (t.Type is not (TimexType.Date or TimexType.Time) || t.Value.Length < 4) return false;
        var v = t.Value;
        bool year = v.AsSpan(0, 4).ContainsAnyExcept("0123456789") ? v.StartsWith("XXXX", StringComparison.Ordinal) && v.Length >= 7 : true;
        return year && !v.Contains('W') && v.Length is 4 or 7 or 10 or >= 13 && v.AsSpan(4).IndexOfAnyExcept("-0123456789T:") < 0;
    }

    /// <summary>False when both sentences give a date and no date of one fits a date of the other.</summary>
    private static bool DatesAgree(SentenceUnit a, SentenceUnit b)
    {
        var datesA = a.Times.Where(IsCalendarDate).ToList();
        var datesB = b.Times.Where(IsCalendarDate).ToList();
        if (datesA.Count == 0 || datesB.Count == 0) return true;
        return datesA.Any(x => datesB.Any(y => Compatible(x.Value, y.Value)));
    }

    /// <summary>A count of the same thing (same word after the number) that differs, and that the other sentence does not also give.</summary>
    private static (NumberMention, NumberMention)? DifferingCounts(SentenceUnit a, SentenceUnit b)
    {
        foreach (var na in a.Numbers)
        foreach (var nb in b.Numbers)
        {
            if (na.UnitTerm < 0 || na.UnitTerm != nb.UnitTerm || na.Value == nb.Value) continue;
            if (b.Numbers.Any(n => n.Value == na.Value) || a.Numbers.Any(n => n.Value == nb.Value)) continue;
            return (na, nb);
        }
        return null;
    }

    private static string Describe(StoryCorpus corpus, SentenceUnit u, TextSpan span, string value) =>
        $"{Surface(corpus, u, span)} ({value})";

    private static string Surface(StoryCorpus corpus, SentenceUnit u, TextSpan span) => span.Of(corpus.ArticleOf(u).Text);
}
