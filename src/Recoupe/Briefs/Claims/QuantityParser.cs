using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// Reads the figures of a sentence (<see cref="Quantity"/>): the number as a whole ("4,6", "1 200", "15,5"; French decimal commas,
/// English thousands commas), a range ("28 à 35", "entre 28 et 35", "28-35"), a scale word ("milliards"), a unit ("km2", "d'euros",
/// "heures", "%"), what it counts (the noun after it), and how it is qualified ("au moins", "près de", "up to"). Numbers inside dates
/// (given as spans by the time tagger), ordinals ("2e", "1er"), clock times ("20h30"), parts of names ("A380") and bare years are
/// not figures.
/// </summary>
internal static partial class QuantityParser
{
    private const string Number = @"\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*";

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<n1>" + Number + @")(?:[ \u00A0\u202F]?(?<sep>à|-|–|et|to|and)[ \u00A0\u202F]?(?<n2>" + Number + @"))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Numeric();

    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["mille"] = 1e3, ["millier"] = 1e3, ["milliers"] = 1e3, ["thousand"] = 1e3, ["thousands"] = 1e3, ["k"] = 1e3,
        ["million"] = 1e6, ["millions"] = 1e6, ["mn"] = 1e6, ["md"] = 1e9, ["mds"] = 1e9, ["mrd"] = 1e9, ["mrds"] = 1e9,
        ["milliard"] = 1e9, ["milliards"] = 1e9, ["billion"] = 1e9, ["billions"] = 1e9, ["bn"] = 1e9,
        // "£3.5m", "$40m", "3m euros": a scale only beside a currency (the scale test below), else metres.
        ["m"] = 1e6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["%"] = "%", ["pourcent"] = "%", ["percent"] = "%",
        ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["eur"] = "EUR",
        ["$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["usd"] = "USD",
        ["£"] = "GBP", ["livres"] = "GBP", ["pounds"] = "GBP",
        ["km2"] = "km2", ["km²"] = "km2", ["km"] = "km", ["kilomètre"] = "km", ["kilomètres"] = "km", ["kilometre"] = "km", ["kilometres"] = "km",
        ["kilometer"] = "km", ["kilometers"] = "km", ["m"] = "m", ["mètre"] = "m", ["mètres"] = "m", ["metres"] = "m", ["meters"] = "m",
        ["m2"] = "m2", ["m²"] = "m2", ["ha"] = "ha", ["hectare"] = "ha", ["hectares"] = "ha",
        ["h"] = "h", ["heure"] = "h", ["heures"] = "h", ["hour"] = "h", ["hours"] = "h", ["min"] = "min", ["minute"] = "min", ["minutes"] = "min",
        ["jour"] = "day", ["jours"] = "day", ["day"] = "day", ["days"] = "day", ["semaine"] = "week", ["semaines"] = "week", ["week"] = "week",
        ["weeks"] = "week", ["mois"] = "month", ["month"] = "month", ["months"] = "month", ["an"] = "year", ["ans"] = "year", ["année"] = "year",
        ["années"] = "year", ["year"] = "year", ["years"] = "year",
        ["tonne"] = "t", ["tonnes"] = "t", ["t"] = "t", ["tons"] = "t", ["kg"] = "kg", ["kilos"] = "kg", ["kilogrammes"] = "kg",
        ["degré"] = "°C", ["degrés"] = "°C", ["degrees"] = "°C", ["°"] = "°C", ["point"] = "pt", ["points"] = "pt",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Two-word units: "pour cent", "kilomètres carrés", "square kilometres", "per cent".</summary>
    private static readonly FrozenDictionary<string, string> TwoWordUnits = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pour cent"] = "%", ["per cent"] = "%", ["kilomètres carrés"] = "km2", ["kilomètre carré"] = "km2", ["square kilometres"] = "km2",
        ["square kilometers"] = "km2", ["mètres carrés"] = "m2", ["square metres"] = "m2", ["square meters"] = "m2", ["livres sterling"] = "GBP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string[] Words, QuantityBound Bound)[] BoundCues =
    [
        (["au", "moins"], QuantityBound.AtLeast), (["plus", "de"], QuantityBound.AtLeast), (["plus", "d"], QuantityBound.AtLeast),
        (["au-delà", "de"], QuantityBound.AtLeast), (["at", "least"], QuantityBound.AtLeast), (["more", "than"], QuantityBound.AtLeast),
        (["over"], QuantityBound.AtLeast), (["upwards", "of"], QuantityBound.AtLeast), (["dépassant"], QuantityBound.AtLeast),
        (["moins", "de"], QuantityBound.AtMost), (["moins", "d"], QuantityBound.AtMost), (["jusqu", "à"], QuantityBound.AtMost),
        (["au", "plus"], QuantityBound.AtMost), (["up", "to"], QuantityBound.AtMost), (["fewer", "than"], QuantityBound.AtMost),
        (["less", "than"], QuantityBound.AtMost), (["at", "most"], QuantityBound.AtMost),
        (["près", "de"], QuantityBound.About), (["près", "d"], QuantityBound.About), (["environ"], QuantityBound.About),
        (["quelque"], QuantityBound.About), (["presque"], QuantityBound.About), (["approximativement"], QuantityBound.About),
        (["about"], QuantityBound.About), (["around"], QuantityBound.About), (["nearly"], QuantityBound.About), (["almost"], QuantityBound.About),
        (["roughly"], QuantityBound.About), (["approximately"], QuantityBound.About), (["some"], QuantityBound.About),
    ];

    private static readonly FrozenSet<string> Ordinals = new[] { "e", "er", "re", "ère", "ème", "eme", "è", "ᵉ", "th", "st", "nd", "rd" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Links = new[] { "de", "d", "des", "du", "of" }.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="dates">Spans of date and time expressions: numbers inside them are dates, not figures.</param>
    /// <param name="lowerWords">The sentence's words, lower-cased, when the caller has them: a sentence without a number word is not scanned for one.</param>
    public static ImmutableArray<Quantity> Parse(string text, TextSpan sentence, string language, IReadOnlyList<TextSpan> dates, IReadOnlyList<string>? lowerWords = null)
    {
        if (sentence.End > text.Length) return [];
        bool digits = text.AsSpan(sentence.Start, sentence.Length).IndexOfAnyInRange('0', '9') >= 0;
        bool words = lowerWords is null || lowerWords.Any(w => NumberWords.IsNumberWord(w) || NumberWords.ApproximateValue(w) is not null || Scales.ContainsKey(w));
        if (!digits && !words) return [];
        var result = ImmutableArray.CreateBuilder<Quantity>();
        var taken = new List<TextSpan>();
        // No match timeout (it made answers depend on the machine's load): the number pattern is linear (each repeat needs a separator).
        if (digits)
            foreach (Match m in Numeric().Matches(text.Substring(sentence.Start, sentence.Length)))
            {
                int start = sentence.Start + m.Index;
                var n1 = m.Groups["n1"];
                if (ParseNumber(n1.Value, language) is not double low) continue;
                double high = low;
                int end = sentence.Start + n1.Index + n1.Length;
                var n2 = m.Groups["n2"];
                bool change = false;
                if (n2.Success && ParseNumber(n2.Value, language) is double second)
                {
                    // "passé de 19 à 26 milliards", "rose from 13 to 19": a figure that changed, not a range; the second is its value now.
                    change = IsChange(m.Groups["sep"].Value, text, start, sentence.Start);
                    if (change || IsRange(m.Groups["sep"].Value, text, start, sentence.Start, low, second))
                    {
                        high = second;
                        end = sentence.Start + n2.Index + n2.Length;
                    }
                }
                if (Overlaps(new TextSpan(start, end), dates)) continue;
                var q = Complete(text, sentence, language, start, end, Math.Min(low, high), Math.Max(low, high), numberWords: false);
                if (q is null) continue;
                if (change)
                {
                    // Complete scaled both ends alike ("de 19 à 26 milliards"): the first is where the figure was, the second where it is.
                    double scale = Math.Max(low, high) == 0 ? 1 : q.High / Math.Max(low, high);
                    q = q with { Low = high * scale, High = high * scale, From = low * scale, Bound = QuantityBound.Exact };
                }
                result.Add(q);
                taken.Add(q.Span);
            }
        if (words)
            foreach (var q in WordNumbers(text, sentence, language))
                if (!Overlaps(q.Span, taken) && !Overlaps(q.Span, dates)) result.Add(q);
        result.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        // A list gives the currency once: "3 milliards d'euros, BNP Paribas 2,55 milliards, …" — later scaled figures take it.
        for (int k = 1; k < result.Count; k++)
            if (result[k] is { Scaled: true, Unit: "", Counted: "" } bare && result[k - 1].Unit is "EUR" or "USD" or "GBP")
                result[k] = bare with { Unit = result[k - 1].Unit };
        return result.ToImmutable();
    }

    /// <summary>
    /// Verbs of change before "de X à Y" / "from X to Y": the figure went from one value to the other ("le plan est passé de 19 à
    /// 26 milliards", "the toll rose from 13 to 19"). Without one, "de 28 à 35 heures" is a range.
    /// </summary>
    private static readonly FrozenSet<string> ChangeVerbs = new[]
    {
        "passé", "passée", "passés", "passe", "passent", "passer", "passera", "passeront", "passant", "porté", "portée", "porte", "porter",
        "portera", "relevé", "relevée", "rehaussé", "augmenté", "augmentée", "augmente", "grimpé", "grimpe", "bondi", "chuté", "chute",
        "baissé", "baisse", "diminué", "réduit", "réduite", "ramené", "ramenée", "revu", "revue", "révisé", "révisée", "évolué", "monté",
        "montée", "monte", "alourdi", "alourdit", "élevé", "reculé", "recule", "progressé", "progresse", "gonflé",
        "rose", "risen", "rising", "rises", "increased", "increasing", "raised", "raising", "fell", "fallen", "falling", "dropped",
        "cut", "revised", "went", "jumped", "climbed", "grew", "grown", "reduced", "lowered", "soared", "surged", "declined", "decreased",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"[verbe de changement] de X à Y", "[verb] from X to Y" (up to two words between the verb and "de": "est passé ce lundi de").</summary>
    private static bool IsChange(string separator, string text, int start, int sentenceStart)
    {
        if (separator is not ("à" or "to" or "-" or "–")) return false;
        var before = PreviousWords(text, start, sentenceStart, 4);
        int from = before.Count - 1;
        if (from < 0 || before[from] is not ("de" or "d" or "from")) return false;
        for (int k = from - 1; k >= Math.Max(0, from - 3); k--)
            if (ChangeVerbs.Contains(before[k])) return true;
        return false;
    }

    /// <summary>"28 à 35", "28-35", "entre 28 et 35", "between 28 and 35": a range when the second figure is the larger.</summary>
    private static bool IsRange(string separator, string text, int start, int sentenceStart, double low, double high)
    {
        if (high <= low) return false;
        if (separator is "et" or "and")
        {
            var before = PreviousWords(text, start, sentenceStart, 1);
            return before.Count == 1 && before[0] is "entre" or "between";
        }
        return true;
    }

    /// <summary>Scale, unit, counted noun and bound around a number found at [start, end); null when it is no figure.</summary>
    private static Quantity? Complete(string text, TextSpan sentence, string language, int start, int end, double low, double high, bool numberWords)
    {
        // Directly glued letters: a unit ("35h", "4km2", "3%"), an ordinal ("2e"), a clock time ("20h30") or a code ("3G").
        if (end < sentence.End && char.IsLetter(text[end]))
        {
            int k = end;
            while (k < sentence.End && char.IsLetterOrDigit(text[k])) k++;
            var glued = text[end..k].ToLowerInvariant();
            if (Ordinals.Contains(glued) || glued.Length > 1 && glued[0] == 'h' && char.IsDigit(glued[1])) return null;
            if (!Units.ContainsKey(glued) && !Scales.ContainsKey(glued)) return null;
        }
        var tokens = Following(text, end, sentence.End, 14);
        int i = 0;
        bool scaled = false;
        string unit = "";
        // A currency sign before the number: "$15 billion", "€ 3,5 millions".
        int signAt = start - 1;
        while (signAt >= sentence.Start && text[signAt] is ' ' or '\u00A0' or '\u202F') signAt--;
        if (signAt >= sentence.Start && text[signAt] is '$' or '€' or '£')
        {
            unit = Units[text[signAt].ToString()];
            start = signAt;
        }
        if (i < tokens.Count && Scales.TryGetValue(tokens[i].Word, out var scale) && (tokens[i].Word.Length > 2 || unit.Length > 0 || NextIsCurrency(tokens, i + 1)))
        {
            low *= scale;
            high *= scale;
            scaled = true;
            end = tokens[i].End;
            i++;
        }
        int unitAt = i < tokens.Count && Links.Contains(tokens[i].Word) && (scaled || numberWords) ? i + 1 : i;
        if (unit.Length == 0 && unitAt < tokens.Count)
        {
            if (unitAt + 1 < tokens.Count && TwoWordUnits.TryGetValue(tokens[unitAt].Word + " " + tokens[unitAt + 1].Word, out var two))
            {
                unit = two;
                end = tokens[unitAt + 1].End;
                i = unitAt + 2;
            }
            else if (Units.TryGetValue(tokens[unitAt].Word, out var one) && !IsAmbiguousUnit(tokens, unitAt))
            {
                unit = one;
                end = tokens[unitAt].End;
                i = unitAt + 1;
            }
        }
        // What it counts: the next content word ("13 morts", "3 000 personnes tuées"); after a unit only through "de"/"d'"/"of"
        // ("4,6 km2 de forêt"), since the word after "500 euros" or "37 ans" is rarely what they measure.
        string counted = "";
        string? countedClass = null;
        bool linked = i < tokens.Count && Links.Contains(tokens[i].Word);
        int c = linked ? i + 1 : i;
        bool counts = (unit.Length == 0 || linked) && c < tokens.Count && tokens[c].IsWord && tokens[c].Word.Length > 2 && !Scales.ContainsKey(tokens[c].Word);
        if (counts && !FunctionWords.Is(tokens[c].Word, language))
        {
            counted = Stemmer.Stem(tokens[c].Word, language);
            countedClass = Conflicts.EventPredicates.LabelOf(counted);
            // "13 personnes tuées", "13 personnes ont été tuées", "1,200 residents living near the site were evacuated": what happened
            // to them is told later in the clause.
            countedClass ??= ClauseEvent(tokens, c + 1, language);
        }
        // "11 were injured", "trois ont été tués": the figure is its own subject, and the participle says what it counts.
        else if (counts && Auxiliaries.Contains(tokens[c].Word))
            countedClass = ClauseEvent(tokens, c, language);
        if (countedClass is not null && !IsCountClass(countedClass)) countedClass = null;
        // "killed 15 people", "ont tué 13 personnes": the event is told by the verb before the figure.
        if (countedClass is null && counted.Length > 0)
            foreach (var before in PreviousWords(text, start, sentence.Start, 4))
                if (Conflicts.EventPredicates.LabelOf(Stemmer.Stem(before, language)) is { } label && IsCountClass(label)) countedClass = label;
        // "the death toll has risen to five", "the number of workers killed … reached 5": the tally before the figure says what it counts.
        if (countedClass is null && counted.Length == 0 && unit.Length == 0 && !scaled)
            countedClass = TallyBefore(text, start, sentence.Start, language);
        // A count of people is one figure whichever noun counts them ("1,200 residents" / "2,000 people were evacuated"); homes,
        // buildings and vehicles are evacuated, searched for and rescued too, and a count of them ("600 homes evacuated") is another
        // figure. Those killed, injured or arrested are people (or named by a noun of people one does not list: "Americans").
        if (countedClass is "evacuation" or "rescue" or "missing" && counted.Length > 0 && !PeopleNouns.Contains(counted)
            && Conflicts.EventPredicates.LabelOf(counted) is null)
            countedClass += "|" + counted;
        // A bare four-digit number in the years' range with nothing after it is a year the time tagger missed.
        if (unit.Length == 0 && !scaled && counted.Length == 0 && low == high && low is >= 1800 and <= 2100 && low == Math.Floor(low)) return null;
        var bound = BoundBefore(text, start, sentence.Start);
        if (bound.Start < start) start = bound.Start;
        // Areas compare in one unit: "460 hectares" and "4,6 km2" are one figure.
        if (unit == "ha")
        {
            low *= 0.01;
            high *= 0.01;
            unit = "km2";
        }
        return new Quantity(new TextSpan(start, end), low, high, bound.Bound, unit, counted, countedClass, scaled);
    }

    private static bool IsCountClass(string label) => Conflicts.EventPredicates.IsPeopleCount(label);

    /// <summary>The auxiliaries of a passive or a perfect after a figure that is its own subject ("11 were injured").</summary>
    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "were", "was", "are", "have", "has", "had", "been", "being", "got", "ont", "sont", "été", "furent", "avaient", "étaient",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that open another clause: what follows them tells of something else than the figure before them.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = new[]
    {
        "and", "but", "or", "after", "before", "while", "when", "where", "as", "since", "because", "though", "although", "until", "whereas",
        "than", "et", "mais", "ou", "après", "avant", "tandis", "alors", "lorsque", "quand", "où", "car", "puisque", "dont", "que",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far before a bare figure its tally may be named ("the number of people who drowned when the ferry sank has risen to 17").</summary>
    private const int TallyReach = 16;

    /// <summary>Nouns of a tally: "the toll", "the number of", "le bilan", "le nombre de".</summary>
    private static readonly FrozenSet<string> TallyNouns = new[] { "toll", "tally", "number", "count", "bilan", "nombre" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The people-count class of a tally named before a bare figure: "the death toll has risen to five" (the event word just before
    /// the tally noun), "the number of people who drowned when the ferry sank has risen to 17" (the event word between the tally noun
    /// and the figure), within <see cref="TallyReach"/> words. An event word before "the toll" other than its own ("police arrested
    /// 3 people after the toll rose to 5") says nothing of the figure.
    /// </summary>
    private static string? TallyBefore(string text, int start, int sentenceStart, string language)
    {
        var before = PreviousWords(text, start, sentenceStart, TallyReach);
        for (int k = before.Count - 1; k >= 0; k--)
        {
            if (!TallyNouns.Contains(before[k])) continue;
            for (int j = Math.Max(0, k - 1); j < before.Count; j++)
                if (j != k && Conflicts.EventPredicates.LabelOf(Stemmer.Stem(before[j], language)) is { } label && IsCountClass(label)) return label;
            return null;
        }
        return null;
    }

    /// <summary>Words right after a figure (and what it counts) in which any event word tells what befell it ("13 personnes tuées").</summary>
    private const int NearWords = 3;

    /// <summary>What precedes the participle of a passive or the adjective of a state: "were evacuated", "to be rescued", "still missing".</summary>
    private static readonly FrozenSet<string> Passive = new[]
    {
        "were", "was", "are", "is", "be", "been", "being", "got", "remain", "remains", "remained", "still", "ont", "sont", "été", "est",
        "furent", "étaient", "toujours", "encore",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The largest number of words between a figure and the participle that says what befell what it counts.</summary>
    private const int ClauseReach = 10;

    /// <summary>
    /// The people-count class (<see cref="Conflicts.EventPredicates.IsPeopleCount"/>) of the first event word in the rest of the
    /// figure's clause: up to <see cref="ClauseReach"/> words, stopping at punctuation (the words end there), another figure or a word
    /// that opens another clause.
    /// </summary>
    private static string? ClauseEvent(List<NextWord> tokens, int from, string language)
    {
        for (int k = from; k < Math.Min(tokens.Count, from + ClauseReach) && tokens[k].IsWord && !char.IsDigit(tokens[k].Word[0]); k++)
        {
            if (ClauseOpeners.Contains(tokens[k].Word)) return null;
            // Past the next few words, only the verb of the figure's own clause, after its auxiliary ("… were evacuated", "… ont été
            // évacués", "… are still missing"): a noun further on ("en hommage aux victimes") is seldom what the figure counts.
            if (k >= from + NearWords && !Passive.Contains(tokens[k - 1].Word)) continue;
            if (Conflicts.EventPredicates.LabelOf(Stemmer.Stem(tokens[k].Word, language)) is { } label && IsCountClass(label)) return label;
        }
        return null;
    }

    /// <summary>"m" and "t" are units only after a figure that reads as a measure ("3 m de haut"), never as a word of the sentence ("3 t" is rare, "m" may be "M." cut).</summary>
    private static bool IsAmbiguousUnit(List<NextWord> tokens, int at) => tokens[at].Word is "m" or "t" && !tokens[at].Glued;

    private static bool NextIsCurrency(List<NextWord> tokens, int at)
    {
        if (at < tokens.Count && Links.Contains(tokens[at].Word)) at++;
        return at < tokens.Count && Units.TryGetValue(tokens[at].Word, out var u) && u is "EUR" or "USD" or "GBP";
    }

    private static (int Start, QuantityBound Bound) BoundBefore(string text, int start, int sentenceStart)
    {
        var words = PreviousWordsWithStarts(text, start, sentenceStart, 2);
        foreach (var (cue, bound) in BoundCues)
        {
            if (cue.Length > words.Count) continue;
            bool match = true;
            for (int k = 0; k < cue.Length; k++)
                if (words[words.Count - cue.Length + k].Word != cue[k]) { match = false; break; }
            if (match) return (words[words.Count - cue.Length].Start, bound);
        }
        return (start, QuantityBound.Exact);
    }

    /// <summary>Number words ("vingt et un morts", "trois millions d'euros", "une vingtaine de blessés", "a dozen people").</summary>
    private static IEnumerable<Quantity> WordNumbers(string text, TextSpan sentence, string language)
    {
        var tokens = Tokenizer.Tokenize(text, sentence).ToList();
        for (int i = 0; i < tokens.Count; i++)
        {
            var w = tokens[i].Lower;
            if (NumberWords.ApproximateValue(w) is int approx)
            {
                var q = Complete(text, sentence, language, tokens[i].Span.Start, tokens[i].Span.End, approx, approx, numberWords: true);
                if (q is not null) yield return q with { Bound = QuantityBound.About };
                continue;
            }
            bool startsWithOne = w is "un" or "une" or "one" or "a" && i + 1 < tokens.Count && Scales.ContainsKey(tokens[i + 1].Lower);
            if (!NumberWords.IsNumberWord(w) && !startsWithOne) continue;
            int j = i + 1;
            var run = new List<string> { w };
            // "vingt et un", "trente-deux", "twenty one": a run of number words, "et"/"and" inside it, "un"/"one" only after "et".
            while (j < tokens.Count && (NumberWords.IsNumberWord(tokens[j].Lower)
                       || tokens[j].Lower is "et" or "and" && j + 1 < tokens.Count && (NumberWords.IsNumberWord(tokens[j + 1].Lower) || tokens[j + 1].Lower is "un" or "une" or "one")
                       || tokens[j].Lower is "un" or "une" or "one" && tokens[j - 1].Lower is "et" or "and"))
                run.Add(tokens[j++].Lower);
            if (NumberWords.ValueOf(run) is not double value || value < 2 && !startsWithOne)
            {
                i = j - 1;
                continue;
            }
            var q2 = Complete(text, sentence, language, tokens[i].Span.Start, tokens[j - 1].Span.End, value, value, numberWords: true);
            // A number word with neither a unit nor what it counts ("les deux pays" counts, "deux" alone does not, "the toll rose to
            // five" counts the dead) is no figure.
            if (q2 is not null && (q2.Unit.Length > 0 || q2.IsSpecific)) yield return q2;
            i = j - 1;
        }
    }

    /// <summary>A written number as a value: spaces group thousands; a comma is the French decimal mark and an English thousands mark.</summary>
    public static double? ParseNumber(string s, string language)
    {
        s = s.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "");
        bool english = language == "en";
        int commas = s.Count(ch => ch == ','), dots = s.Count(ch => ch == '.');
        if (commas > 0 && dots > 0)
        {
            // Both marks: the last one is the decimal mark.
            bool commaDecimal = s.LastIndexOf(',') > s.LastIndexOf('.');
            s = commaDecimal ? s.Replace(".", "").Replace(',', '.') : s.Replace(",", "");
        }
        else if (commas > 0)
        {
            bool thousands = commas > 1 || english && ThousandsGroups(s, ',');
            s = thousands ? s.Replace(",", "") : s.Replace(',', '.');
        }
        else if (dots > 0)
        {
            bool thousands = dots > 1 || !english && ThousandsGroups(s, '.');
            if (thousands) s = s.Replace(".", "");
        }
        return double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool ThousandsGroups(string s, char mark)
    {
        var parts = s.Split(mark);
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }

    private static bool Overlaps(TextSpan span, IReadOnlyList<TextSpan> spans)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }

    /// <summary>A word or sign after a figure, lower-cased; <see cref="Glued"/> when no space separates it from what is before.</summary>
    private readonly record struct NextWord(string Word, int End, bool IsWord, bool Glued);

    /// <summary>Up to <paramref name="max"/> words and signs (% € $ £ ° ²) after <paramref name="from"/>, stopping at punctuation.</summary>
    private static List<NextWord> Following(string text, int from, int end, int max)
    {
        var tokens = new List<NextWord>();
        int p = from;
        while (p < end && tokens.Count < max)
        {
            bool glued = true;
            while (p < end && (char.IsWhiteSpace(text[p]) || text[p] is '\u00A0' or '\u202F' or '\'' or '’'))
            {
                if (char.IsWhiteSpace(text[p]) || text[p] is '\u00A0' or '\u202F') glued = false;
                p++;
            }
            if (p >= end) break;
            char ch = text[p];
            if (ch is '%' or '€' or '$' or '£' or '°')
            {
                tokens.Add(new NextWord(ch.ToString(), p + 1, false, glued));
                p++;
                continue;
            }
            if (!char.IsLetterOrDigit(ch)) break;
            int s = p;
            while (p < end && (char.IsLetterOrDigit(text[p]) || text[p] == '²' || text[p] == '-' && p + 1 < end && char.IsLetter(text[p + 1]))) p++;
            tokens.Add(new NextWord(text[s..p].ToLowerInvariant(), p, true, glued));
        }
        return tokens;
    }

    private static List<string> PreviousWords(string text, int start, int sentenceStart, int max) =>
        PreviousWordsWithStarts(text, start, sentenceStart, max).Select(w => w.Word).ToList();

    /// <summary>Up to <paramref name="max"/> words before a position, in reading order (the apostrophe splits "jusqu'à" into "jusqu", "à").</summary>
    private static List<(string Word, int Start)> PreviousWordsWithStarts(string text, int start, int sentenceStart, int max)
    {
        var words = new List<(string, int)>();
        int p = start - 1;
        while (p >= sentenceStart && words.Count < max)
        {
            while (p >= sentenceStart && (char.IsWhiteSpace(text[p]) || text[p] is '\u00A0' or '\u202F' or '\'' or '’')) p--;
            if (p < sentenceStart || !char.IsLetter(text[p]) && text[p] != '-') break;
            int e = p + 1;
            while (p >= sentenceStart && (char.IsLetter(text[p]) || text[p] == '-')) p--;
            words.Insert(0, (text[(p + 1)..e].ToLowerInvariant(), p + 1));
        }
        return words;
    }
}
