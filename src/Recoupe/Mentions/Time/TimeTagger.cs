using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Recoupe.Model;

using Recoupe.Mentions.Time;

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

    private static readonly IReadOnlyList<TimeRule> French = FrenchTimeRules.Rules;
    private static readonly IReadOnlyList<TimeRule> English = EnglishTimeRules.Rules;
    private static readonly IReadOnlyList<TimeRule> Both = [.. FrenchTimeRules.Rules, .. EnglishTimeRules.Rules];

    public ImmutableArray<TimeMention> Tag(AnnotationContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text)) return [];
        var rules = context.Language switch { "fr" => French, "en" => English, _ => Both };

        var triggers = TimeTriggers.Find(text);
        if (triggers.Count == 0) return [];
        var candidates = new List<Candidate>();
        var seen = new HashSet<(int, int, int)>();
        var windows = new List<(int Start, int End)>();
        for (int r = 0; r < rules.Count && candidates.Count < MaxCandidates; r++)
        {
            var rule = rules[r];
            Windows(text, triggers, rule.Triggers, rule.Reach, windows);
            foreach (var (start, end) in windows)
            {
                for (var m = rule.Pattern.Match(text, start, end - start); m.Success && candidates.Count < MaxCandidates; m = m.NextMatch())
                {
                    var span = Trimmed(text, m.Index, m.Index + m.Length);
                    if (span.Length == 0 || !seen.Add((span.Start, span.End, r)) || !CandidateFilter.Accept(rule.Kind, m, text)) continue;
                    candidates.Add(new Candidate(span, rule.Kind, m, r));
                }
            }
        }
        var chosen = LongestFirst(candidates);

        var tense = new SentenceTense(text, context.Sentences);
        var resolver = new TimeResolver(new TimeAnchor(context.Anchor), tense.At);
        var resolved = new (TimexType Type, string Value)?[chosen.Count];
        // First the expressions that stand on their own; their days then anchor "18 h", "la veille", "la nuit".
        var days = new List<(int Position, DateTime Day)>();
        for (int i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (TimeResolver.IsReferenceDependent(c.Kind, c.Match)) continue;
            resolved[i] = resolver.Resolve(c.Kind, c.Match);
            if (resolved[i] is { } r && TimeResolver.DayOf(r.Value) is { } day) days.Add((c.Span.Start, day));
        }
        for (int i = 0; i < chosen.Count; i++)
        {
            var c = chosen[i];
            if (!TimeResolver.IsReferenceDependent(c.Kind, c.Match)) continue;
            resolved[i] = resolver.Resolve(c.Kind, c.Match, ReferenceDay(days, c.Span.Start, tense.SentenceOf(c.Span.Start), c.Kind != RuleKind.NeighbourDay));
        }
        var result = ImmutableArray.CreateBuilder<TimeMention>(chosen.Count);
        for (int i = 0; i < chosen.Count; i++)
            if (resolved[i] is { } r) result.Add(new TimeMention(chosen[i].Span, r.Type, r.Value));
        return result.ToImmutable();
    }

    /// <summary>
    /// Merged text windows around the trigger words of one rule: wide enough for the longest expression
    /// ("la fin de l'année dernière" starts 15 characters before "année"), snapped to word boundaries.
    /// </summary>
    private static void Windows(string text, List<(int Start, int End, Trigger Kind)> triggers, Trigger wanted, int after, List<(int Start, int End)> windows)
    {
        const int Before = 48;
        int length = text.Length;
        windows.Clear();
        foreach (var (s, e, kind) in triggers)
        {
            if ((kind & wanted) == 0) continue;
            int start = Math.Max(0, s - Before), end = Math.Min(length, e + after);
            // a window sees its edges as the text's edges: never let one cut a word or number in two
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && s - start < Before + 24) start--;
            while (end < length && !char.IsWhiteSpace(text[end]) && end - e < after + 24) end++;
            if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, end));
            else windows.Add((start, end));
        }
    }

    /// <summary>
    /// The day a dependent expression hangs on: the closest date before it in its sentence, else (when allowed)
    /// the closest after it in its sentence ("vers 15 h 30, hier"), else the last date before it in the text.
    /// </summary>
    private static DateTime? ReferenceDay(List<(int Position, DateTime Day)> days, int position, TextSpan sentence, bool allowFollowing)
    {
        (int Position, DateTime Day)? before = null, after = null;
        foreach (var d in days)
        {
            if (d.Position < position) before = d;
            else if (after is null) after = d;
        }
        if (before is { } b && sentence.Contains(b.Position)) return b.Day;
        if (allowFollowing && after is { } a && sentence.Contains(a.Position)) return a.Day;
        return before?.Day;
    }

    private sealed record Candidate(TextSpan Span, RuleKind Kind, Match Match, int RuleIndex);

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

    /// <summary>
    /// Tense of the clause around a position: a window of a few words either side, inside the sentence, else the sentence's.
    /// A whole sentence mixes tenses ("demain contre Graz ..., très faible samedi"); the nearby verbs decide.
    /// </summary>
    private sealed class SentenceTense(string text, ImmutableArray<Sentence> sentences)
    {
        private const int Before = 70, After = 45;

        public TextSpan SentenceOf(int position)
        {
            int index = FindSentence(position);
            return index >= 0 ? sentences[index].Span : new TextSpan(Math.Max(0, position - 150), Math.Min(text.Length, position + 150));
        }

        public Tense At(int position)
        {
            int index = FindSentence(position);
            int lo = index >= 0 ? sentences[index].Span.Start : 0;
            int hi = index >= 0 ? sentences[index].Span.End : text.Length;
            int start = Math.Max(lo, position - Before);
            int end = Math.Min(hi, position + After);
            while (start > lo && char.IsLetter(text[start - 1])) start--;
            while (end < hi && char.IsLetter(text[end])) end++;
            var near = TenseCues.Of(text, start, end);
            return near != Tense.Unknown ? near : TenseCues.Of(text, lo, hi, withDeictic: false);
        }

        private int FindSentence(int position)
        {
            int lo = 0, hi = sentences.Length - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                var s = sentences[mid].Span;
                if (position < s.Start) hi = mid - 1;
                else if (position >= s.End) lo = mid + 1;
                else return mid;
            }
            return -1;
        }
    }
}
