using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Recoupe.Model;

using Recoupe.Mentions.Time;
using Recoupe.Mentions.Time.Grammar;

namespace Recoupe.Mentions;

/// <summary>
/// Finds time expressions (TIMEX3: DATE, TIME, DURATION, SET) in French and English text and normalises them
/// against the publication date. Every language's patterns run over the text; overlapping matches are settled
/// longest first (so "le samedi 5 juin 2023" beats "samedi" and "2023"), then values are resolved in text order.
/// Languages other than French and English get both rule sets (numbers, years and ISO dates still match).
/// </summary>
public sealed class TimeTagger : ITimeTagger
{
    /// <summary>Bounds work on hostile input: a news article has a few dozen expressions.</summary>
    private const int MaxCandidates = 4000;

    public ImmutableArray<TimeMention> Tag(AnnotationContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        var rules = context.Language switch { "fr" => TimeGrammar.French, "en" => TimeGrammar.English, _ => TimeGrammar.Both };

        var chosen = LongestFirst(FindCandidates(text, rules));
        return chosen.Count == 0 ? [] : Resolve(chosen, text, context);
    }

    /// <summary>Every rule's matches in the windows around its trigger words, minus look-alikes; overlapping.</summary>
    internal static List<Candidate> FindCandidates(string text, IReadOnlyList<TimeRule> rules)
    {
        var candidates = new List<Candidate>();
        var triggers = TimeTriggers.Find(text);
        if (triggers.Count == 0) return candidates;
        var seen = new HashSet<(int, int, int)>();
        var windows = new List<(int Start, int End)>();
        // A rule none of whose trigger words the text holds has no window: skipped without walking the triggers. Rules
        // that wait for the same words with the same reach (most of a language's rules share a few) share their windows.
        var present = Trigger.None;
        foreach (var t in triggers) present |= t.Kind;
        (Trigger Wanted, int Lead, int Reach)? made = null;
        for (int r = 0; r < rules.Count && candidates.Count < MaxCandidates; r++)
        {
            var rule = rules[r];
            if ((rule.Triggers & present) == 0) continue;
            if (made != (rule.Triggers, rule.Lead, rule.Reach))
            {
                Windows(text, triggers, rule.Triggers, rule.Lead, rule.Reach, windows);
                made = (rule.Triggers, rule.Lead, rule.Reach);
            }
            foreach (var (start, end) in windows)
            {
                if (rule.Requires is { } words && !HoldsWord(text, start, end, words)) continue;
                for (var m = rule.Pattern.Match(text, start, end - start); m.Success && candidates.Count < MaxCandidates; m = m.NextMatch())
                {
                    var marked = rule.SpanGroup > 0 && m.Groups[rule.SpanGroup].Success ? m.Groups[rule.SpanGroup] : (Capture)m;
                    var span = Trimmed(text, marked.Index, marked.Index + marked.Length);
                    if (span.Length == 0 || !seen.Add((span.Start, span.End, r)) || !CandidateFilter.Accept(rule.Kind, m, span, text)) continue;
                    candidates.Add(new Candidate(span, rule.Kind, m, r));
                }
            }
        }
        return candidates;
    }

    /// <summary>Whether text[start..end) holds one of <paramref name="words"/> as a whole word, ignoring case.</summary>
    internal static bool HoldsWord(string text, int start, int end, string[] words)
    {
        var window = text.AsSpan(start, end - start);
        foreach (var word in words)
        {
            int from = 0;
            while (from < window.Length)
            {
                int k = window[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (k < 0) break;
                k += from;
                int after = k + word.Length;
                // the patterns put a space or another non-letter on each side of these words
                if ((k == 0 || !char.IsLetter(window[k - 1])) && (after >= window.Length || !char.IsLetter(window[after]))) return true;
                from = k + 1;
            }
        }
        return false;
    }

    /// <summary>
    /// Values in text order. First the expressions that stand on their own, each read against the narrative's time
    /// (<see cref="NarrativeTime"/>) or the publication; then those that hang on a nearby date ("18 h", "la veille",
    /// "le même jour", "ce moment-là"), each against the closest date before it in its sentence, else after it in its
    /// sentence, else the last one before it.
    /// </summary>
    private static ImmutableArray<TimeMention> Resolve(List<Candidate> chosen, string text, AnnotationContext context)
    {
        var clauses = new ClauseReader(text, context.Sentences, english: context.Language == "en");
        var publication = new TimeAnchor(context.Anchor);
        var resolver = new TimeResolver(publication, clauses);
        var narrative = new NarrativeTime(publication, clauses);
        var resolved = new (TimexType Type, string Value)?[chosen.Count];
        var dates = new List<Placed>();
        for (int i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (TimeResolver.IsAttached(c.Kind, c.Match)) continue;
            int sentence = clauses.SentenceIndexOf(c.Span.Start);
            var anchor = NarrativeNeed(c.Kind, c.Match) is { } needsDay ? narrative.For(sentence, clauses.At(c.Span), needsDay, IsBareWeekday(c.Kind, c.Match)) : null;
            resolved[i] = resolver.Resolve(c.Kind, c.Match, c.Span, new Situation(Narrative: anchor));
            if (CountsFromNow(c.Kind) && resolved[i] is { } counted && IsPlacedOrWeek(counted.Value)) narrative.BackToNow();
            if (resolved[i] is { } r && r.Type is TimexType.Date or TimexType.Time)
            {
                // a year guessed from the publication and the tense ("en décembre") does not move the narrative:
                // only a year the text gives, or one the narrative gave, does
                if (NarrativeNeed(c.Kind, c.Match) is null || anchor is not null) narrative.Saw(r.Value, sentence, c.Span);
                if (TimeResolver.IsPlaced(r.Value)) dates.Add(new Placed(c.Span.Start, r.Value, TimeResolver.DayOf(r.Value)));
            }
        }
        for (int i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (!TimeResolver.IsAttached(c.Kind, c.Match)) continue;
            var sentence = clauses.SentenceOf(c.Span.Start);
            bool allowFollowing = c.Kind is RuleKind.Clock or RuleKind.NoonMidnight or RuleKind.PartOfDay;
            var day = Reference(dates, c.Span.Start, sentence, allowFollowing, d => d.Day is not null);
            // "ce moment-là" points to the last time of day the text gave, else to its last date
            var value = (c.Kind == RuleKind.Moment ? Reference(dates, c.Span.Start, sentence, false, d => HasClock(d.Value)) : null)
                ?? Reference(dates, c.Span.Start, sentence, allowFollowing, _ => true);
            resolved[i] = resolver.Resolve(c.Kind, c.Match, c.Span, new Situation(ReferenceDay: day?.Day, ReferenceValue: value?.Value));
            if (resolved[i] is { } r && TimeResolver.IsPlaced(r.Value)) Insert(dates, new Placed(c.Span.Start, r.Value, TimeResolver.DayOf(r.Value)));
        }
        var result = ImmutableArray.CreateBuilder<TimeMention>(chosen.Count);
        for (int i = 0; i < chosen.Count; i++)
            if (resolved[i] is { } r)
            {
                var lean = r.Type is TimexType.Date or TimexType.Time ? Lean(chosen[i], clauses) : TimeLean.Unknown;
                result.Add(new TimeMention(chosen[i].Span, r.Type, r.Value, lean) { NamesNow = NamesNow(chosen[i].Kind, r.Value) });
            }
        return result.ToImmutable();
    }

    /// <summary>A value with a time of day ("2023-09-12T14:30", "2023-09-12TMO" is none); "2023-W36-WE" has eleven characters and none.</summary>
    private static bool HasClock(string value) => value.Length > 11 && value[10] == 'T' && char.IsDigit(value[11]);

    /// <summary>"vendredi", "ce vendredi", "on Friday": a weekday without the definite article that makes it the story's ("le vendredi").</summary>
    private static bool IsBareWeekday(RuleKind kind, Match m) =>
        kind is RuleKind.Weekday or RuleKind.NightOf && TimeLexicon.Fold(m.Groups["pre"].Value) != "le";

    /// <summary>Expressions counted from the publication ("hier", "la semaine dernière", "il y a deux ans", "dans un mois").</summary>
    private static bool CountsFromNow(RuleKind kind) => kind is RuleKind.DeicticDay or RuleKind.RelativePeriod or RuleKind.Ago or RuleKind.Later;

    private static bool IsPlacedOrWeek(string value) => value.Length >= 4 && char.IsDigit(value[0]);

    /// <summary>"désormais", "maintenant", "actuel", a generic "aujourd'hui": words for the time of writing, not for a dated event.</summary>
    private static bool NamesNow(RuleKind kind, string value) =>
        value == "PRESENT_REF" || kind is RuleKind.Reference or RuleKind.ReferenceAdjective && value is not ("PAST_REF" or "FUTURE_REF");

    /// <summary>Where the expression's own words ("dernier", "prochain", "hier") or else its clause's tense place it.</summary>
    private static TimeLean Lean(Candidate c, ClauseReader clauses)
    {
        var rel = TimeLexicon.Fold(c.Match.Groups["rel"].Success ? c.Match.Groups["rel"].Value : c.Match.Groups["det"].Value);
        if (rel.StartsWith("dern", StringComparison.Ordinal) || rel is "last" or "passe" or "passee" or "the past" or "the previous") return TimeLean.Past;
        if (rel.StartsWith("proch", StringComparison.Ordinal) || rel is "next" or "the coming") return TimeLean.Future;
        if (c.Kind == RuleKind.Ago) return TimeLean.Past;
        if (c.Kind == RuleKind.Later) return TimeLean.Future;
        if (c.Kind == RuleKind.DeicticDay)
        {
            var w = TimeLexicon.Fold(c.Match.Groups["w"].Value);
            if (w.Contains("hier", StringComparison.Ordinal) || w.Contains("yesterday", StringComparison.Ordinal)) return TimeLean.Past;
            if (w.Contains("demain", StringComparison.Ordinal) || w.Contains("tomorrow", StringComparison.Ordinal)) return TimeLean.Future;
        }
        return clauses.At(c.Span) switch
        {
            Tense.Past => TimeLean.Past,
            Tense.Present => TimeLean.Present,
            Tense.Future => TimeLean.Future,
            _ => TimeLean.Unknown,
        };
    }

    /// <summary>Whether an expression lacks a year (or, true, a week) that the narrative may give; null when it needs none.</summary>
    private static bool? NarrativeNeed(RuleKind kind, Match m) => kind switch
    {
        RuleKind.FullDate or RuleKind.RangeDay or RuleKind.Month or RuleKind.Holiday or RuleKind.Quarter
            when !m.Groups["year"].Success && !m.Groups["rel"].Success => false,
        // "l'été", "au printemps" lack a year as "en mai" does; "cet été", "this summer" count from the publication
        RuleKind.Season when !m.Groups["year"].Success && !m.Groups["rel"].Success && !m.Groups["that"].Success
            && TimeLexicon.Fold(m.Groups["det"].Value) is "" or "l'" or "le" or "the" => false,
        RuleKind.Weekday or RuleKind.NightOf when !m.Groups["rel"].Success => true,
        RuleKind.WeekdayDay => true,
        _ => null,
    };

    /// <summary>A resolved date or time of the text, with the day it names (if it names one).</summary>
    private readonly record struct Placed(int Position, string Value, DateTime? Day);

    private static void Insert(List<Placed> dates, Placed item)
    {
        int k = dates.Count;
        while (k > 0 && dates[k - 1].Position > item.Position) k--;
        dates.Insert(k, item);
    }

    /// <summary>
    /// Merged text windows around the trigger words of one rule: wide enough for the longest expression
    /// ("la fin de l'année dernière" starts 15 characters before "année"), snapped to word boundaries.
    /// </summary>
    private static void Windows(string text, List<(int Start, int End, Trigger Kind)> triggers, Trigger wanted, int before, int after, List<(int Start, int End)> windows)
    {
        int length = text.Length;
        windows.Clear();
        foreach (var (s, e, kind) in triggers)
        {
            if ((kind & wanted) == 0) continue;
            int start = Math.Max(0, s - before), end = Math.Min(length, e + after);
            // a window sees its edges as the text's edges: never let one cut a word or number in two
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && s - start < before + 24) start--;
            while (end < length && !char.IsWhiteSpace(text[end]) && end - e < after + 24) end++;
            if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end));
            else windows.Add((start, end));
        }
    }

    /// <summary>
    /// The value a dependent expression hangs on: the closest date before it in its sentence, else (when allowed)
    /// the closest after it in its sentence ("vers 15 h 30, hier"), else the last date before it in the text.
    /// Only values <paramref name="keep"/> accepts count.
    /// </summary>
    private static Placed? Reference(List<Placed> dates, int position, TextSpan sentence, bool allowFollowing, Func<Placed, bool> keep)
    {
        Placed? before = null, after = null;
        foreach (var d in dates)
        {
            if (!keep(d)) continue;
            if (d.Position < position) before = d;
            else if (d.Position > position && after is null) after = d;
        }
        if (before is { } b && sentence.Contains(b.Position)) return b;
        if (allowFollowing && after is { } a && sentence.Contains(a.Position)) return a;
        return before;
    }

    internal sealed record Candidate(TextSpan Span, RuleKind Kind, Match Match, int RuleIndex);

    /// <summary>Keeps the longest of overlapping candidates (earlier rule on ties), returned in text order.</summary>
    private static List<Candidate> LongestFirst(List<Candidate> candidates)
    {
        candidates.Sort((a, b) => a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.RuleIndex.CompareTo(b.RuleIndex));
        var kept = new List<Candidate>();
        foreach (var c in candidates)
        {
            bool overlaps = false;
            foreach (var k in kept)
                if (k.Span.Overlaps(c.Span)) { overlaps = true; break; }
            if (!overlaps) kept.Add(c);
        }
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return kept;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
