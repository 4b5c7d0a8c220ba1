using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Recoupe.Model;

namespace Recoupe.Mentions.Time;

/// <summary>
/// Rejects pattern matches that only look like time expressions: ages ("Dupont, 45 ans,"), counts that look like
/// years ("2000 manifestants"), bare "la semaine" without a relative word, "Midi" the region, "may" the verb,
/// "3 heures" read as a clock after "pendant" (and as a duration after "à"), "un jour" that means "someday".
/// </summary>
internal static class CandidateFilter
{
    public static bool Accept(RuleKind kind, Match m, TextSpan span, string text)
    {
        switch (kind)
        {
            case RuleKind.Reference:
                // "en maintenant la pression": the participle of "maintenir"
                return !(m.Groups["w"].Value.Equals("maintenant", StringComparison.OrdinalIgnoreCase) && PreviousWord(text, span.Start) == "en");
            case RuleKind.Ago or RuleKind.Later:
                // "dans un jour de grande forme", "dans une semaine de travail": a noun phrase, not a shift
                return !(TimeLexicon.Number(m.Groups["num"].Value) == 1 && NextWord(text, span.End) is "de" or "d");
            case RuleKind.SetAdjective:
                return !IsNewspaper(m, span, text);
            case RuleKind.OrdinalWeekdaySet:
                // "le premier lundi" alone is a date ("le premier lundi de mai"); plural, "du mois" or "chaque" make a set
                return m.Groups["plural"].Success || m.Groups["month"].Success
                    || m.Value.StartsWith("chaque", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("tous", StringComparison.OrdinalIgnoreCase)
                    || m.Value.StartsWith("every", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("each", StringComparison.OrdinalIgnoreCase);
            case RuleKind.Duration:
                if (IsAge(m, text)) return false;
                // "une seconde fois", "une seconde chance": "seconde" the ordinal
                // but after "en", "pendant", "durant" with no noun after it, a length: "En une seconde, elle s'est ressaisie"
                if (m.Groups["num"].Value.Equals("une", StringComparison.OrdinalIgnoreCase) && m.Groups["unit"].Value.Equals("seconde", StringComparison.OrdinalIgnoreCase)
                    && !(PreviousWord(text, m.Index) is "en" or "pendant" or "durant" && !NextIsWord(text, span.End))) return false;
                if (TimeLexicon.Fold(m.Groups["unit"].Value).StartsWith("heure", StringComparison.Ordinal) && IsClockContext(text, m.Index) && CouldBeClock(m, span, text)) return false;
                // "un jour, il reviendra", "s'il faut un jour choisir": "someday", not a length; a length has its preposition
                if (m.Value.Equals("un jour", StringComparison.OrdinalIgnoreCase) && !LengthPrepositions.Contains(PreviousWord(text, span.Start))) return false;
                return true;
            case RuleKind.Clock:
                if (!m.Groups["m"].Success && !m.Groups["ampm"].Success && m.Value.Contains("heure", StringComparison.OrdinalIgnoreCase) && !IsClockContext(text, m.Index))
                    return false; // "trois heures" alone is a duration; "à 3 heures" a time
                return true;
            case RuleKind.RelativePeriod:
            {
                if (m.Groups["rel"].Success || m.Groups["mod"].Success) return true;
                var det = TimeLexicon.Fold(m.Groups["det"].Value);
                return det is "cette" or "cet" or "ce" or "this" or "last" or "next" or "current" || det.StartsWith("the ", StringComparison.Ordinal)
                    // "over the weekend": the grammar asks for the preposition that makes it a time
                    || det == "the" && TimeLexicon.Fold(m.Groups["unit"].Value) == "weekend";
            }
            case RuleKind.VaguePeriod:
                return m.Groups["rel"].Success && m.Groups["rel"].Length > 0;
            case RuleKind.Month:
            {
                var g = m.Groups["month"];
                if (g.Value.Equals("may", StringComparison.OrdinalIgnoreCase) || g.Value.Equals("march", StringComparison.OrdinalIgnoreCase))
                    return char.IsUpper(g.Value[0]) && PreviousWord(text, g.Index) is "in" or "of" or "since" or "until" or "by" or "last" or "next" or "this" or "early" or "late" or "mid" or "during" or "through";
                if (char.IsUpper(g.Value[0]) && g.Index > 1 && !IsSentenceStart(text, g.Index) && g.Value is "Mars") return false; // the planet, the brand
                return true;
            }
            case RuleKind.NoonMidnight:
                return !(char.IsUpper(m.Groups["w"].Value[0]) && !IsSentenceStart(text, m.Groups["w"].Index)); // "le Midi" (south of France)
            case RuleKind.Year:
                return IsYear(m, text);
            default:
                return true;
        }
    }

    /// <summary>Words that put a length before "un jour" ("pendant un jour", "d'un jour", "plus d'un jour").</summary>
    private static readonly FrozenSet<string> LengthPrepositions = (
        "pendant durant pour en de d' sur depuis après avant plus moins que qu' dans").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = (
        "le la les l' un une des du au aux ce cet cette ces son sa ses leur leurs notre nos votre vos mon ma mes d' the a an this that").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"le quotidien", "un hebdomadaire régional", "Le Quotidien": the noun (a newspaper), not the set.</summary>
    private static bool IsNewspaper(Match m, TextSpan span, string text)
    {
        var w = m.Groups["w"].Value;
        if (w.EndsWith("ment", StringComparison.OrdinalIgnoreCase)) return false;
        if (char.IsUpper(w[0]) && !IsSentenceStart(text, span.Start)) return true;
        var previous = PreviousWord(text, span.Start);
        if (previous.EndsWith('\'')) return true; // "l'hebdomadaire", "d'hebdomadaires"
        return Determiners.Contains(previous);
    }

    private static readonly FrozenSet<string> CountNouns = (
        "euros euro € francs dollars $ livres habitants personnes manifestants spectateurs victimes morts blessés salariés emplois postes logements " +
        "élèves étudiants voitures véhicules exemplaires points voix mètres m km kilomètres kg tonnes litres hectares ha places lits " +
        "people residents protesters votes dollars pounds metres meters miles tons jobs troops soldiers cases deaths").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PersonNouns = (
        "homme femme garçon fille enfant adolescent adolescente jeune bébé victime retraité retraitée fils frère sœur soeur mère père " +
        "personne " +
        "conducteur conductrice automobiliste individu suspect âge l'âge veuve veuf doyen doyenne agé agée agés agées octogénaire quinquagénaire détenu patient patiente élève étudiant étudiante âgé âgée âgés âgées").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PeriodNouns = (
        "peine période durée contrat mandat bail prison réclusion détention retard plan délai programme emprunt prêt crédit moyenne espace intervalle absence règne carrière").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static bool IsYear(Match m, string text)
    {
        var digits = m.Groups["year"].Value;
        if (digits[0] is '\'' or '’') return digits.Length == 3; // "'97"
        int year = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (year < 1000 || year > 2100) return false;
        int end = m.Index + m.Length;
        // "2 000", "1 500 000": thousands separated by spaces
        if (m.Index >= 2 && char.IsDigit(text[m.Index - 2]) && text[m.Index - 1] is ' ' or '\u00A0' or '\u202F') return false;
        if (end < text.Length && text[end] is '%' or '€' or '$') return false;
        if (m.Index > 0 && text[m.Index - 1] is '€' or '$' or '£' or '°' or '#') return false;
        var next = NextWord(text, end);
        if (next.Length > 0 && CountNouns.Contains(next)) return false;
        var prev = PreviousWord(text, m.Index);
        return prev is not ("n°" or "numéro" or "no" or "page" or "p" or "rn" or "route" or "code" or "article" or "art" or "numero");
    }

    private static bool IsAge(Match m, string text)
    {
        var unit = TimeLexicon.Fold(m.Groups["unit"].Value);
        if (unit is not ("ans" or "an" or "annees" or "years" or "year")) return false;
        int end = m.Index + m.Length;
        // "Dupont, 45 ans," / "(45 ans)"
        int p = m.Index - 1;
        while (p >= 0 && text[p] == ' ') p--;
        if (p >= 0 && text[p] is ',' or '(' && char.IsDigit(m.Groups["num"].Value[0])) return true;
        if (end < text.Length && text.AsSpan(end).StartsWith("-old", StringComparison.Ordinal)) return true;
        var prev = PreviousWord(text, m.Index);
        if (prev is "âgé" or "âgée" or "âgés" or "âgées" or "agé" or "agée" or "aged" or "l'âge" or "âge") return true;
        if (prev is "à" or "et" && IsAgeRange(text, m.Index)) return true;
        if (prev is "de" or "d'")
        {
            // "un homme de 45 ans", "une Britannique de 15 ans", "à l'âge de 90 ans", "les moins de 17 ans"
            int before = m.Index;
            while (before > 0 && char.IsWhiteSpace(text[before - 1])) before--;
            int wordStart = before - 2;
            var person = PreviousWord(text, wordStart);
            if (PersonNouns.Contains(person)) return true;
            // "un chauffeur de bus de 38 ans": a teen-or-adult number of years after "de" reads as an age, unless a period noun precedes
            if (!m.Groups["mod"].Success && int.TryParse(m.Groups["num"].Value, out var years) && years is >= 13 and <= 120 && !PeriodNouns.Contains(person)) return true;
            int p2 = wordStart;
            while (p2 > 0 && char.IsWhiteSpace(text[p2 - 1])) p2--;
            int ws = p2;
            while (ws > 0 && char.IsLetter(text[ws - 1])) ws--;
            return ws < p2 && char.IsUpper(text[ws]) && !IsSentenceStart(text, ws);
        }
        if (m.Groups["mod"].Value.Equals("moins de", StringComparison.OrdinalIgnoreCase) && PreviousWord(text, m.Index) is "les" or "des") return true;
        return false;
    }

    /// <summary>"des enfants de 2 à 8 ans", "les jeunes entre 16 et 25 ans": the upper bound of an age range.</summary>
    private static bool IsAgeRange(string text, int index)
    {
        var words = WordsBefore(text, index, 4); // [à|et, N, de|entre, noun]
        return words.Count == 4 && words[1].Length > 0 && char.IsDigit(words[1][0]) && words[2] is "de" or "entre"
            && (PersonNouns.Contains(words[3]) || PersonNouns.Contains(words[3].TrimEnd('s')));
    }

    /// <summary>Up to <paramref name="count"/> lower-cased words before <paramref name="index"/>, nearest first.</summary>
    private static List<string> WordsBefore(string text, int index, int count)
    {
        var words = new List<string>(count);
        int e = Math.Min(index, text.Length);
        while (words.Count < count)
        {
            while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
            int s = e;
            while (s > 0 && e - s < 20 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '\'' or '’')) s--;
            if (s == e) break;
            words.Add(text[s..e].Replace('’', '\'').ToLowerInvariant());
            e = s;
        }
        return words;
    }

    /// <summary>
    /// Whether "N heures" after a word that may introduce a clock ("de", "après", "depuis", "à") can be one: not with a vague
    /// or compound number ("depuis quelques heures", "à quelques heures de l'ouverture", "prolongée de vingt-quatre heures"),
    /// nor as the length of a noun ("après quatre heures d'entraînement": a clock would say "du matin"), nor after "de"
    /// without the "à" that makes it the start of a range ("un spectacle de trois heures", not "de 8 heures à midi").
    /// </summary>
    private static bool CouldBeClock(Match m, TextSpan span, string text)
    {
        var num = m.Groups["num"].Value;
        if (TimeLexicon.Number(num) is not { } n || n > 24 || n != decimal.Truncate(n) || num.Contains('-') || num.Contains(' ')) return false;
        var next = NextWord(text, span.End);
        if (next is "de" or "d" && !IsPartOfDayAfter(text.AsSpan(span.End).TrimStart())) return false;
        if (PreviousWord(text, m.Index) == "de" && !char.IsDigit(num[0]) && !IsRangeStart(text, span.End)) return false;
        return true;
    }

    /// <summary>Whether a word (a noun the expression would qualify: "une seconde chance") follows, rather than punctuation.</summary>
    private static bool NextIsWord(string text, int end)
    {
        int i = end;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        return i < text.Length && char.IsLetter(text[i]);
    }

    /// <summary>"trois heures de l'après-midi": the part of the day that makes the hours a clock reading.</summary>
    private static bool IsPartOfDayAfter(ReadOnlySpan<char> rest) =>
        rest.StartsWith("de l'après-midi", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("de l’après-midi", StringComparison.OrdinalIgnoreCase);

    /// <summary>"de 8 heures à midi": the words after the expression open the range's end.</summary>
    private static bool IsRangeStart(string text, int end) => NextWord(text, end) is "à" or "a" or "jusqu'à" or "au";

    private static bool IsClockContext(string text, int index) =>
        PreviousWord(text, index) is "à" or "a" or "vers" or "dès" or "jusqu'à" or "avant" or "après" or "de" or "entre" or "et" or "depuis";

    private static bool IsSentenceStart(string text, int index)
    {
        int p = index - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p]) && text[p] != '\n') p--;
        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or '«' or '"' or ':';
    }

    /// <summary>The lower-cased word just before <paramref name="index"/> (apostrophes kept: "jusqu'à").</summary>
    public static string PreviousWord(string text, int index)
    {
        int e = Math.Min(index, text.Length);
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        int s = e;
        while (s > 0 && e - s < 20 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '\'' or '’' or '°')) s--;
        return s == e ? "" : LowerWord(text.AsSpan(s, e - s), apostrophes: true);
    }

    // The lower-case word as a shared string (Recoupe.Language.LowerForms): these filters ask for the words around every
    // candidate, and a substring, a replaced copy and an ICU lower-casing per word were a tenth of the time stage.
    private static string LowerWord(ReadOnlySpan<char> word, bool apostrophes)
    {
        if (!apostrophes || !word.Contains('’')) return Recoupe.Language.LowerForms.Of(word);
        Span<char> buffer = stackalloc char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('’', '\'');
        return Recoupe.Language.LowerForms.Of(buffer);
    }

    private static string NextWord(string text, int index)
    {
        int s = index;
        while (s < text.Length && char.IsWhiteSpace(text[s])) s++;
        int e = s;
        while (e < text.Length && e - s < 20 && (char.IsLetter(text[e]) || text[e] is '€' or '$')) e++;
        return s == e ? "" : LowerWord(text.AsSpan(s, e - s), apostrophes: false);
    }
}
