using Recoupe.Briefs.Analysis;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>
/// What a date is the date of, read from the words next to it: "the state of emergency was declared on Thursday evening" dates
/// "state", "emergency", "declared". Many dated events name no one who did them (a passive, an authority left unnamed), so two
/// outlets dating one event are known by these words rather than by a shared name. Names, numbers, other dates and words of saying
/// are left out, and so are a named person's role words ("Governor"): they tell who speaks or when, not what happened.
/// </summary>
internal static class DatedEvent
{
    /// <summary>Content words this close to a date (on either side) say what it dates.</summary>
    public const int Window = 4;

    /// <summary>Two dated events are one when this many of their words are shared: the act and what it bears on.</summary>
    public const int MinShared = 2;

    /// <summary>Days apart that two days told of one event named by no one may be: outlets that disagree on when it was done are off by
    /// a day or a few; two dates further apart are, far more often, two events of one recurring kind (two polls, two primaries).</summary>
    public const int NearDays = 14;

    /// <summary>Days apart that a day told with its part ("Thursday evening") may be from a rival date to dispute it.</summary>
    public const int PartOfDayNearDays = 2;

    /// <summary>
    /// Whether two dates of one precision are near enough to be two versions of one event's date: days at most <paramref name="days"/>
    /// (<see cref="NearDays"/>) apart, months or years next to each other.
    /// </summary>
    public static bool Near(string x, string y, int days = NearDays)
    {
        x = TimeValues.Day(x);
        y = TimeValues.Day(y);
        if (TimeValues.StartOf(x) is not DateTime dx || TimeValues.StartOf(y) is not DateTime dy) return false;
        return x.Length switch
        {
            10 => Math.Abs((dx - dy).TotalDays) <= days,
            7 => Math.Abs((dx.Year * 12 + dx.Month) - (dy.Year * 12 + dy.Month)) <= 1,
            4 => Math.Abs(dx.Year - dy.Year) <= 1,
            _ => false,
        };
    }

    /// <summary>Term ids of the words next to a date, distinct.</summary>
    public static List<int> Words(StoryCorpus corpus, SentenceUnit u, TextSpan date) =>
        Tokens(corpus, u, date).Select(t => t.Term).Distinct().ToList();

    /// <summary>
    /// The event two dates are told of, as the first sentence words it (from its first shared word to its last: "state of emergency
    /// was declared"), when the words next to both dates share <see cref="MinShared"/>; else null.
    /// </summary>
    public static string? Shared(StoryCorpus corpus, SentenceUnit a, TextSpan da, SentenceUnit b, TextSpan db)
    {
        if (Complement(corpus, a, da) || Complement(corpus, b, db) || DatesSaying(corpus, a, da) || DatesSaying(corpus, b, db)) return null;
        var x = Tokens(corpus, a, da);
        var y = Tokens(corpus, b, db);
        var other = y.Select(t => t.Term).ToHashSet();
        var shared = x.Where(t => other.Contains(t.Term)).ToList();
        if (shared.Select(t => t.Term).Distinct().Count() < MinShared) return null;
        // The word next to the date in one sentence at least is one of them: two dates next to different words of one clause ("mis
        // en examen et en détention depuis…" / "mis en examen le…") may date two acts of it.
        if (!other.Contains(Nearest(x, da).Term) && !x.Any(t => t.Term == Nearest(y, db).Term)) return null;
        var text = corpus.ArticleOf(a).Text;
        // The words between the first and last shared word, unless the date or much else lies between them: then the shared words alone.
        var first = shared.MinBy(t => t.Span.Start).Span;
        var last = shared.MaxBy(t => t.Span.End).Span;
        var between = new TextSpan(first.Start, last.End);
        bool compact = !between.Overlaps(da) && text[between.Start..between.End].Count(char.IsWhiteSpace) <= 2 * Window;
        // A noun the first word completes ("state of emergency", "état d'urgence") belongs to the phrase, though a word of saying
        // ("state") may have been left out of the shared words.
        if (compact && HeadBefore(text, corpus.ArticleOf(a).Language, a.Span.Start, between.Start) is int head) between = new TextSpan(head, between.End);
        return compact
            ? text[between.Start..between.End]
            : string.Join(" ", shared.OrderBy(t => t.Span.Start).Select(t => text[t.Span.Start..t.Span.End]).Distinct(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A date that completes a noun rather than dates a verb ("(les images) de ce 2 juillet", "(the flood) of 3 March": what it dates
    /// is a thing named before it, not the words around it), or that bounds a stretch of time ("depuis le 8 février", "since Monday").
    /// </summary>
    private static bool Complement(StoryCorpus corpus, SentenceUnit u, TextSpan date)
    {
        var text = corpus.ArticleOf(u).Text;
        foreach (var token in Tokenizer.Tokenize(text, new TextSpan(u.Span.Start, Math.Max(u.Span.Start, date.Start))).Reverse().Take(2))
        {
            if (token.Lower is "ce" or "cette" or "the" or "this" or "that" or "le") continue;
            // "depuis le 8 février", "since Monday", "until Friday": when a state began or ends, not when something was done.
            return token.Lower is "de" or "du" or "d" or "des" or "of" or "from" or "depuis" or "since" or "until" or "till" or "jusqu" or "dès";
        }
        return false;
    }

    /// <summary>The word closest before the date, else the first after it (the words are at least <see cref="MinShared"/>).</summary>
    private static (int Term, TextSpan Span) Nearest(List<(int Term, TextSpan Span)> words, TextSpan date) =>
        words.Where(t => t.Span.End <= date.Start).Select(t => ((int, TextSpan)?)t).LastOrDefault() ?? words[0];

    /// <summary>Verbs that only report speech ("declared" and "déclaré" are left out: "declared a state of emergency" is an act).</summary>
    private static readonly HashSet<string> SpeechVerbs =
        ["said", "says", "told", "added", "stated", "dit", "indiqué", "précisé", "ajouté", "affirmé", "expliqué", "souligné", "assuré", "confié"];

    /// <summary>Words between a verb of saying and its date: "said late on Sunday", "a indiqué ce lundi".</summary>
    private static readonly HashSet<string> BeforeDate = ["on", "late", "early", "last", "this", "le", "ce", "dans", "la", "tard", "tôt"];

    /// <summary>
    /// A date that dates the saying, not the event ("…, the coastguard said on Wednesday", "a indiqué lundi la préfecture"): two
    /// reports made on different days say nothing different about when it happened.
    /// </summary>
    private static bool DatesSaying(StoryCorpus corpus, SentenceUnit u, TextSpan date)
    {
        var text = corpus.ArticleOf(u).Text;
        foreach (var token in Tokenizer.Tokenize(text, new TextSpan(u.Span.Start, Math.Max(u.Span.Start, date.Start))).Reverse().Take(4))
        {
            if (BeforeDate.Contains(token.Lower)) continue;
            return SpeechVerbs.Contains(token.Lower);
        }
        return false;
    }

    /// <summary>The start of "noun of" / "nom de" / "nom d'" just before a position, or null.</summary>
    private static int? HeadBefore(string text, string language, int sentenceStart, int position)
    {
        var before = Tokenizer.Tokenize(text, new TextSpan(sentenceStart, position)).TakeLast(2).ToList();
        if (before.Count < 2 || before[1].Lower is not ("of" or "de" or "d")) return null;
        var head = before[0];
        if (head.IsNumber || head.Lower.Length < 3 || FunctionWords.Is(head.Lower, language)) return null;
        return head.Span.Start;
    }

    private static List<(int Term, TextSpan Span)> Tokens(StoryCorpus corpus, SentenceUnit u, TextSpan date)
    {
        var article = corpus.ArticleOf(u);
        var annotations = corpus.Articles[u.ArticleIndex].Annotations;
        var before = new List<(int, TextSpan)>();
        var after = new List<(int, TextSpan)>();
        // Only the date's own clause: a comma, a semicolon or a bracket closes it ("…capsized off the island late on Sunday, the
        // coastguard said": the coastguard is who speaks, not what the date dates).
        var clause = Clause(article.Text, u.Span, date);
        foreach (var token in Tokenizer.Tokenize(article.Text, clause))
        {
            if (token.Span.Overlaps(date) || token.IsNumber) continue;
            if (FunctionWords.Is(token.Lower, article.Language) || token.Lower.Length < 3) continue;
            if (Inside(annotations.Entities, token.Span) || InsideTime(annotations.Times, token.Span)) continue;
            var stem = Stemmer.Stem(token.Lower, article.Language);
            if (AttributionWords.IsAttribution(stem)) continue;
            int term = corpus.TermOf(stem);
            if (term < 0) continue;
            if (token.Span.End <= date.Start) before.Add((term, token.Span));
            else if (after.Count < Window) after.Add((term, token.Span));
        }
        return before.TakeLast(Window).Concat(after).ToList();
    }

    private static TextSpan Clause(string text, TextSpan sentence, TextSpan date)
    {
        int start = date.Start, end = date.End;
        while (start > sentence.Start && !ClosesClause(text[start - 1])) start--;
        while (end < sentence.End && !ClosesClause(text[end])) end++;
        return new TextSpan(start, end);
    }

    private static bool ClosesClause(char c) => c is ',' or ';' or ':' or '(' or ')' or '—' or '–';

    private static bool Inside(IReadOnlyList<EntityMention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
            if (m.Span.Overlaps(span) || m.RoleSpan is { } role && role.Overlaps(span)) return true;
        return false;
    }

    private static bool InsideTime(IReadOnlyList<TimeMention> times, TextSpan span)
    {
        foreach (var t in times)
            if (t.Span.Overlaps(span)) return true;
        return false;
    }
}
