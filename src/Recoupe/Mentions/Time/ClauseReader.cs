using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// What the words around a time expression say: its sentence, the tense of the verb nearest to it (the verb it most
/// likely modifies), and whether "aujourd'hui" is the generic present ("Aujourd'hui, il vit à Lyon" after a
/// sentence about the past) rather than the day of writing. An English text is read with English cues only.
/// </summary>
internal sealed class ClauseReader(string text, ImmutableArray<Sentence> sentences, bool english = false)
{
    private const int Before = 90, After = 60;
    private readonly Dictionary<(int, int), Tense> _tenses = [];
    private readonly List<(int, int, Tense)> _cues = [];

    public int SentenceIndexOf(int position) => sentences.IndexAt(position);

    private Dictionary<int, bool>? _present;

    /// <summary>
    /// Whether the sentence at <paramref name="index"/> tells the present and only the present ("Les organisateurs sont
    /// satisfaits.", "The road is closed."): a text that says so has come back from its story to the time of writing.
    /// </summary>
    public bool TellsOnlyThePresent(int index)
    {
        if (index < 0 || index >= sentences.Length) return false;
        _present ??= [];
        if (_present.TryGetValue(index, out var known)) return known;
        var span = sentences[index].Span;
        return _present[index] = TenseCues.TellsOnlyThePresent(text, span.Start, span.End, english);
    }

    public TextSpan SentenceOf(int position)
    {
        int index = SentenceIndexOf(position);
        return index >= 0 ? sentences[index].Span : new TextSpan(Math.Max(0, position - 150), Math.Min(text.Length, position + 150));
    }

    /// <summary>The tense of the nearest verb cue within a few words of the expression, else of its whole sentence.</summary>
    public Tense At(TextSpan span)
    {
        if (_tenses.TryGetValue((span.Start, span.End), out var known)) return known;
        var tense = Read(span);
        _tenses[(span.Start, span.End)] = tense;
        return tense;
    }

    private Tense Read(TextSpan span)
    {
        var sentence = SentenceOf(span.Start);
        int start = Math.Max(sentence.Start, span.Start - Before);
        int end = Math.Min(sentence.End, span.End + After);
        while (start > sentence.Start && char.IsLetter(text[start - 1])) start--;
        while (end < sentence.End && char.IsLetter(text[end])) end++;
        var before = CandidateFilter.PreviousWord(text, span.Start);
        // "depuis mardi", "since May": a starting point lies behind; "d'ici mars": ahead
        if (before is "depuis" or "since") return Tense.Past;
        if (before is "d'ici") return Tense.Future;
        // "le musée est fermé jusqu'au 3 janvier", "le dispositif est prolongé jusqu'en mars": the end of a present state
        // lies ahead (a present passive, not the past its participle looks like); "il est resté jusqu'au 3 mai" stays past
        if (before.StartsWith("jusqu", StringComparison.Ordinal) && TenseCues.TellsOnlyThePresent(text, start, span.Start)) return Tense.Future;
        if (!english && BareParticipleBefore(span, sentence)) return Tense.Past;
        var near = TenseCues.Nearest(text, start, end, span.Start, span.End, _cues, english);
        if (near == Tense.Unknown) near = TenseCues.Of(text, sentence.Start, sentence.End, withDeictic: false, english);
        // "stays shut until Friday", "will remain closed until Monday": the end of a state lies ahead unless told in the
        // past ("stayed closed until Monday")
        if (english && IsUntil(span) && near != Tense.Past) return Tense.Future;
        return near;
    }

    /// <summary>"until Monday", "till Friday": the end of what the clause tells (English).</summary>
    public bool IsUntil(TextSpan span) => english && CandidateFilter.PreviousWord(text, span.Start) is "until" or "till";

    /// <summary>
    /// "les travaux, annoncés en mars, ...": a past participle standing right before the expression (across "en",
    /// "le", "dès"…, not "pour", which aims ahead) is the verb it goes with, whatever the main clause's tense.
    /// </summary>
    private bool BareParticipleBefore(TextSpan span, TextSpan sentence)
    {
        int e = span.Start;
        for (int word = 0; word < 2; word++)
        {
            while (e > sentence.Start && text[e - 1] == ' ') e--;
            int s = e;
            while (s > sentence.Start && char.IsLetter(text[s - 1])) s--;
            if (s == e) return false;
            var w = text.AsSpan(s, e - s);
            if (word == 0 && (w.Equals("en", StringComparison.OrdinalIgnoreCase) || w.Equals("dès", StringComparison.OrdinalIgnoreCase)
                || w.Equals("depuis", StringComparison.OrdinalIgnoreCase) || w.Equals("au", StringComparison.OrdinalIgnoreCase)))
            {
                e = s;
                continue;
            }
            if (w.Length < 5 || !(w.EndsWith("é") || w.EndsWith("ée") || w.EndsWith("és") || w.EndsWith("ées")) || w.EndsWith("programmé") || w.EndsWith("programmée"))
                return false;
            // with its auxiliary ("seront publiés fin octobre") it is no bare participle: the auxiliary tells the tense
            int p = s;
            while (p > sentence.Start && text[p - 1] == ' ') p--;
            int q = p;
            while (q > sentence.Start && char.IsLetter(text[q - 1])) q--;
            return q == p || !IsAuxiliaryLike(text.AsSpan(q, p - q));
        }
        return false;
    }

    /// <summary>
    /// Whether the clause around the expression is in the pluperfect ("avait", "avaient", "had"): a flashback from the
    /// time the story has reached, so a weekday lies before that time rather than after it.
    /// </summary>
    public bool IsPluperfect(TextSpan span)
    {
        var sentence = SentenceOf(span.Start);
        int start = Math.Max(sentence.Start, span.Start - Before), end = Math.Min(sentence.End, span.End + After);
        var window = text.AsSpan(start, end - start);
        return ContainsWord(window, "avait") || ContainsWord(window, "avaient") || ContainsWord(window, "had");
    }

    private static bool ContainsWord(ReadOnlySpan<char> s, string word)
    {
        int from = 0;
        while (from < s.Length)
        {
            int at = s[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            int i = from + at, j = i + word.Length;
            if ((i == 0 || !char.IsLetter(s[i - 1])) && (j >= s.Length || !char.IsLetter(s[j]))) return true;
            from = i + 1;
        }
        return false;
    }

    /// <summary>
    /// "Aujourd'hui" opening its sentence before a comma, in a clause with no past or future verb, after a sentence
    /// that tells the past without "hier"/"demain": the generic present (PRESENT_REF), as in a portrait
    /// ("Il a joué avec les plus grands. Aujourd'hui, il enseigne.").
    /// </summary>
    public bool IsGenericPresent(TextSpan span)
    {
        int index = SentenceIndexOf(span.Start);
        if (index <= 0) return false;
        var sentence = sentences[index].Span;
        for (int i = sentence.Start; i < span.Start; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        int next = span.End;
        while (next < sentence.End && text[next] == ' ') next++;
        if (next >= sentence.End || text[next] != ',') return false;
        if (TenseCues.Of(text, span.End, sentence.End, english: english) != Tense.Unknown) return false;
        var previous = sentences[index - 1].Span;
        if (ContainsDeicticDay(previous)) return false;
        return TenseCues.Of(text, previous.Start, previous.End, withDeictic: false, english) == Tense.Past;
    }

    private static bool IsAuxiliaryLike(ReadOnlySpan<char> w)
    {
        Span<char> lower = stackalloc char[Math.Min(w.Length, 16)];
        if (w.Length > 16) return false;
        w.ToLowerInvariant(lower);
        return lower is "a" or "ont" or "est" or "sont" or "sera" or "seront" or "serait" or "seraient" or "était" or "étaient" or "été" or "être"
            or "avait" or "avaient" or "aura" or "auront" or "soit" or "soient" or "fut" or "furent" or "es" or "ai";
    }

    private bool ContainsDeicticDay(TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        return s.Contains("hier", StringComparison.OrdinalIgnoreCase) || s.Contains("demain", StringComparison.OrdinalIgnoreCase)
            || s.Contains("yesterday", StringComparison.OrdinalIgnoreCase) || s.Contains("tomorrow", StringComparison.OrdinalIgnoreCase);
    }
}
