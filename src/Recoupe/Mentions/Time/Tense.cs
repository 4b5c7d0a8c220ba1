using System.Collections.Frozen;

namespace Recoupe.Mentions.Time;

/// <summary>A clause's rough grammatical time.</summary>
internal enum Tense { Unknown, Past, Present, Future }

/// <summary>
/// A rough tense for the words around a time expression, from cue words, French and English: an auxiliary followed,
/// maybe across a few adverbs, by a participle ("a annoncé", "a publiquement nié", "n'ont pas encore signé", "has
/// already said"), the imperfect ("-ait", "-aient"), "hier", "was" for the past; future endings ("jouera", "seront"),
/// the conditional of plans ("se rendrait"), modals and plans ("doit", "peuvent", "prévu", "will", "would", "going to") for the
/// future.
/// Counting cues, not parsing: cheap and enough to pick the right "mardi" or the year of "en juillet".
/// An English text reads English cues only: French endings and words misread English ones (a place "Varra" is no
/// future "courra", a "portrait" no imperfect, the article "A" no "il a"), which turned a reported Sunday into next week's.
/// </summary>
internal static class TenseCues
{
    private static readonly FrozenSet<string> Past = (
        "avait avaient était étaient fut furent eut eurent hier dernier dernière derniers dernières passé passée auparavant naguère " +
        "was were had did said told ago last yesterday earlier previously").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Future = (
        "sera seront aura auront fera feront ira iront va vont devra devront pourra pourront prochain prochaine prochains prochaines demain " +
        "doit doivent devrait devraient peut peuvent pourrait pourraient soit soient prévu prévue prévus prévues rendez-vous compte comptent " +
        "envisage envisagent projette projettent entend entendent souhaite souhaitent espère espèrent programmé programmée attendu attendue " +
        "will shall would going next tomorrow upcoming coming 'll expected scheduled planned plans intends").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = (
        "a ont ai as avons avez est sont suis es sommes êtes avait avaient était étaient aurait auraient serait seraient eut fut " +
        "has have had is are am").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishPast =
        "was were had did said told ago last yesterday earlier previously".Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishFuture =
        "will shall would going next tomorrow upcoming coming expected scheduled planned plans intends".Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishAuxiliaries = "has have had is are am".Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishPresentAuxiliaries = "is are am has have".Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> EnglishInserts =
        "not never already also just recently since been ever".Split(' ').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PresentAuxiliaries = (
        "a ont ai as avons avez est sont suis es sommes êtes is are am has have").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The simple past of common irregular English verbs (a closed class), not the forms that are also nouns, adjectives
    /// or presents ("left", "saw", "lost", "found", "put", "set", "read") or French words ("met", "sent", "rose", "chose").
    /// </summary>
    private static readonly FrozenSet<string> EnglishIrregularPast = (
        "took went came gave began became brought fell broke struck won held thought fought caught bought sold paid spent " +
        "stood spoke wrote drove flew grew knew threw ran led made got kept felt heard meant built sought taught forgot forgave " +
        "sank swam drank shrank sprang fled slid hid rode woke awoke arose froze stole tore wore swore shook drew blew shone strode " +
        "hung swung clung stung spun dug sped dealt slept swept wept crept knelt leapt forbade").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// English words after which an "-ed" form is no simple past ("will be published", "to be signed"): auxiliaries,
    /// and linking verbs, after which it describes a state ("will stay closed", "remains flooded", "got stranded").
    /// </summary>
    private static readonly FrozenSet<string> EnglishNonPast = (
        "be being to will would can could may might should must is are am " +
        "stay stays staying stayed remain remains remaining remained keep keeps keeping kept seem seems seemed " +
        "become becomes became get gets got look looks looked appear appears appeared").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may stand between an auxiliary and its participle ("a publiquement nié", "n'a pas encore été").</summary>
    private static readonly FrozenSet<string> Inserts = (
        "pas plus jamais déjà également aussi encore bien toujours tout même rien guère point souvent longtemps peu trop très enfin alors donc " +
        "ainsi pourtant cependant notamment effectivement finalement vite mal beaucoup "+
        "not never already also just recently since been ever").Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Masculine, feminine and plural forms ("sont parties", "ont été écrites", "sont venues", "les ont faits").</summary>
    private static readonly string[] ParticipleEndings =
        ["é", "ée", "és", "ées", "i", "ie", "ies", "is", "it", "its", "ite", "ites", "u", "ue", "ues", "us", "te", "tes", "ert", "erte", "ertes", "erts", "ed", "en", "ort", "orte", "ortes", "orts"];

    private static readonly FrozenSet<string> Deictic = FrozenSet.Create(StringComparer.Ordinal,
        "hier", "demain", "yesterday", "tomorrow", "dernier", "dernière", "derniers", "dernières", "prochain", "prochaine", "prochains", "prochaines", "last", "next");

    /// <param name="withDeictic">Whether "hier", "demain", "dernier"... count: they describe their own expression, so
    /// they are telling next to it but misleading across a whole sentence.</param>
    /// <param name="english">Whether the text is English: English cues only.</param>
    public static Tense Of(string text, int start, int end, bool withDeictic = true, bool english = false)
    {
        int past = 0, future = 0;
        var cues = new List<(int, int, Tense)>();
        Cues(text, start, end, withDeictic, -1, -1, cues, english: english);
        foreach (var (_, _, tense) in cues)
            if (tense == Tense.Past) past++; else if (tense == Tense.Future) future++;
        if (past == future) return Tense.Unknown;
        return past > future ? Tense.Past : Tense.Future;
    }

    /// <summary>
    /// The tense of the cues around the expression at [<paramref name="spanStart"/>, <paramref name="spanEnd"/>) in
    /// [<paramref name="start"/>, <paramref name="end"/>), each weighed by its nearness: the verb closest to a time
    /// expression is most often the one it modifies ("a déclaré que le vote aura lieu samedi": "aura"), yet one stray
    /// cue does not outvote several. Cues inside the expression do not count.
    /// </summary>
    public static Tense Nearest(string text, int start, int end, int spanStart, int spanEnd, List<(int Start, int End, Tense Tense)> cues,
        bool english = false)
    {
        cues.Clear();
        Cues(text, start, end, true, spanStart, spanEnd, cues, english: english);
        Span<double> weight = stackalloc double[4];
        bool verbBefore = false;
        foreach (var (s, _, _) in cues)
            if (s < spanStart) { verbBefore = true; break; }
        // "… in February, the company said": past a comma after the expression, with a verb before it, stands a
        // reporting clause, whose verb is not the one the expression modifies
        int comma = verbBefore ? text.IndexOf(',', spanEnd, Math.Max(0, end - spanEnd)) : -1;
        foreach (var (s, e, tense) in cues)
        {
            // a cue after the expression counts a little farther: French puts the verb before its adverbials
            int distance = e <= spanStart ? spanStart - e : (s - spanEnd) + (comma >= 0 && s > comma ? 60 : 8);
            weight[(int)tense] += 1.0 / (1 + distance / 15.0);
        }
        var best = Tense.Unknown;
        for (int t = 1; t < 4; t++)
            if (weight[t] > weight[(int)best] + 1e-9) best = (Tense)t;
        return best;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastWords = Past.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureWords = Future.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryWords = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentAuxiliaryWords = PresentAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InsertWords = Inserts.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeicticWords = Deictic.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishNonPastWords = EnglishNonPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishIrregularPastWords = EnglishIrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishPastWords = EnglishPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishFutureWords = EnglishFuture.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishAuxiliaryWords = EnglishAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishPresentAuxiliaryWords = EnglishPresentAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishInsertWords = EnglishInserts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether [start, end) tells the present and nothing else: a present "être"/"avoir"/"be" with no participle ("sont
    /// là"), or a present "être"/"be" with the participle of a state rather than of a verb conjugated with "être"
    /// ("sont satisfaits", "is closed"; not "sont partis", "s'est rendu"), and no past or future cue.
    /// </summary>
    public static bool TellsOnlyThePresent(string text, int start, int end, bool english = false)
    {
        var cues = new List<(int, int, Tense)>();
        Cues(text, start, end, false, -1, -1, cues, statesArePresent: true, english: english);
        bool present = false;
        foreach (var (_, _, tense) in cues)
            if (tense == Tense.Present) present = true;
            else if (tense != Tense.Unknown) return false;
        return present;
    }

    /// <summary>The present of "être" and "be": with a participle it makes a passive or a state unless the verb takes "être" in the past.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentBe =
        FrozenSet.Create(StringComparer.Ordinal, "est", "sont", "suis", "es", "sommes", "êtes", "is", "are", "am").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Stems of the French verbs whose passé composé takes "être" (aller, venir, partir, naître, mourir… and compounds).</summary>
    private static readonly string[] EtreVerbStems =
        ["allé", "venu", "parti", "arrivé", "entré", "rentré", "sorti", "monté", "descendu", "né", "mort", "resté", "tombé", "retombé",
         "retourné", "devenu", "revenu", "parvenu", "intervenu", "survenu", "décédé", "passé", "apparu", "reparti", "redevenu", "advenu"];

    private static bool IsEtreVerbParticiple(ReadOnlySpan<char> w)
    {
        foreach (var stem in EtreVerbStems)
            if (w.StartsWith(stem) && w.Length - stem.Length <= 2) return true;
        return false;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Reflexives =
        FrozenSet.Create(StringComparer.Ordinal, "se", "s", "me", "m", "te", "t", "nous", "vous").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the tense cues of [start, end) to <paramref name="cues"/>, in text order (no allocation per word).</summary>
    /// <param name="statesArePresent">Whether a present "être"/"be" with a participle of a verb that does not take "être"
    /// ("sont satisfaits", "is closed") reads as a present state rather than a past.</param>
    /// <param name="english">English cues only: no French word, ending or participle.</param>
    private static void Cues(string text, int start, int end, bool withDeictic, int skipStart, int skipEnd, List<(int, int, Tense)> cues,
        bool statesArePresent = false, bool english = false)
    {
        var pastWords = english ? EnglishPastWords : PastWords;
        var futureWords = english ? EnglishFutureWords : FutureWords;
        var auxiliaryWords = english ? EnglishAuxiliaryWords : AuxiliaryWords;
        var presentAuxiliaryWords = english ? EnglishPresentAuxiliaryWords : PresentAuxiliaryWords;
        bool reflexive = false, auxiliaryIsBe = false, auxiliaryAfterReflexive = false;
        Span<char> buffer = stackalloc char[24];
        int i = start;
        int auxiliaryAt = -1, auxiliaryLength = 0, sinceAuxiliary = 0;
        bool auxiliaryIsPresent = false, previousIsNonPast = false;
        while (i < end)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))) i++;
            int len = i - s;
            if (len > 24) continue;
            if (s >= skipStart && s < skipEnd) continue;
            var w = buffer[..len];
            if (!Recoupe.Language.InvariantCase.TryToLower(text.AsSpan(s, len), w)) text.AsSpan(s, len).ToLowerInvariant(w);
            if (!withDeictic && DeicticWords.Contains(w)) { auxiliaryAt = -1; continue; }
            Tense? cue = null;
            bool insert = english ? EnglishInsertWords.Contains(w) || w.EndsWith("ly") && len > 4 // "has repeatedly said"
                : InsertWords.Contains(w) || w.EndsWith("ment") && len > 6;
            if (IsEnglishPlan(w) && NextWordIs(text, i, end, "to")) cue = Tense.Future; // "is set to close", "are due to meet"
            else if (pastWords.Contains(w)) cue = Tense.Past;
            else if (futureWords.Contains(w)) cue = Tense.Future;
            else if (auxiliaryAt >= 0 && (english ? !insert && IsEnglishParticiple(w) : IsParticiple(w) && !InsertWords.Contains(w)))
                cue = statesArePresent && auxiliaryIsBe && !auxiliaryAfterReflexive && (english || !IsEtreVerbParticiple(w)) ? Tense.Present : Tense.Past;
            else if (!english && len > 5 && IsFutureOrConditional(w)) cue = Tense.Future;
            else if (len > 4 && w.EndsWith("ed") && !w.EndsWith("eed") && !previousIsNonPast) cue = Tense.Past; // English simple past, not "will be published"
            else if (!previousIsNonPast && IsEnglishIrregularPast(w)) cue = Tense.Past; // "took", "upheld"; not "will be held"
            else if (english) { }
            else if (len > 5 && w.EndsWith("aient") || len > 4 && w.EndsWith("ait") && !w.EndsWith("fait")) cue = Tense.Past;
            else if (len > 6 && w.EndsWith("èrent")) cue = Tense.Past; // the passé simple of historical narrative ("signèrent")

            if (auxiliaryAt >= 0 && cue is null && !insert)
            {
                // "sont incertains", "est là": a present-tense "être"/"avoir" with no participle is a present verb
                if (auxiliaryIsPresent) cues.Add((auxiliaryAt, auxiliaryAt + auxiliaryLength, Tense.Present));
                auxiliaryAt = -1;
            }
            previousIsNonPast = EnglishNonPastWords.Contains(w);
            if (auxiliaryWords.Contains(w))
            {
                auxiliaryAt = s; auxiliaryLength = len; auxiliaryIsPresent = presentAuxiliaryWords.Contains(w); sinceAuxiliary = 0;
                if (statesArePresent) { auxiliaryIsBe = PresentBe.Contains(w); auxiliaryAfterReflexive = reflexive; }
            }
            else if (auxiliaryAt >= 0 && insert && ++sinceAuxiliary <= 3) { }
            else auxiliaryAt = -1;

            if (cue is { } t) cues.Add((s, i, t));
            // only the present-state reading needs to know "se sont", "s'en est"
            if (statesArePresent) reflexive = Reflexives.Contains(w) || reflexive && (w is "en" or "y" or "ne" or "n");
        }
    }

    /// <summary>Adjectives and participles that, before "to", announce what is planned ("set to", "due to", "slated to", "poised to", "about to").</summary>
    private static bool IsEnglishPlan(ReadOnlySpan<char> w) => w is "set" or "due" or "slated" or "poised" or "about" or "bound";

    private static bool NextWordIs(string text, int i, int end, string word)
    {
        while (i < end && text[i] == ' ') i++;
        return i + word.Length <= end && text.AsSpan(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
            && (i + word.Length == end || !char.IsLetter(text[i + word.Length]));
    }

    /// <summary>The simple past of a common irregular verb, alone or after a prefix ("held", "upheld", "withheld", "overtook", "rebuilt").</summary>
    private static bool IsEnglishIrregularPast(ReadOnlySpan<char> w)
    {
        if (EnglishIrregularPastWords.Contains(w)) return true;
        if (w.Length < 5) return false;
        foreach (var prefix in EnglishVerbPrefixes)
            if (w.Length > prefix.Length + 2 && w.StartsWith(prefix) && EnglishIrregularPastWords.Contains(w[prefix.Length..])) return true;
        return false;
    }

    private static readonly string[] EnglishVerbPrefixes = ["up", "with", "over", "under", "re", "mis", "out", "fore"];

    /// <summary>Future ("jouera", "viendront") and conditional ("se rendrait", "pourraient") endings; not the imperfect ("espérait").</summary>
    private static bool IsFutureOrConditional(ReadOnlySpan<char> w) =>
        w.EndsWith("ront") && w.Length >= 7 && !w.EndsWith("affront")
        || w.EndsWith("erons") || w.EndsWith("era") || w.EndsWith("ira")
        || w.EndsWith("dra") || w.EndsWith("tra") || w.EndsWith("rra")
        || w.EndsWith("erait") || w.EndsWith("eraient") || w.EndsWith("drait")
        || w.EndsWith("draient") || w.EndsWith("rrait") || w.EndsWith("rraient");

    /// <summary>Participles of two letters, which the endings cannot tell from any short word ("a eu lieu", "ont pu", "est né").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortParticiples =
        FrozenSet.Create(StringComparer.Ordinal, "eu", "pu", "dû", "su", "vu", "lu", "bu", "né", "ri", "plu", "cru", "crû", "mû").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>An English past participle: "-ed", "-en" ("taken", "seen"), an irregular past ("held", "built") or "done", "gone".</summary>
    private static bool IsEnglishParticiple(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w.EndsWith("ed") || w.EndsWith("en") && w is not "often" and not "seven" and not "eleven")
        || w is "done" or "gone" || IsEnglishIrregularPast(w);

    private static bool IsParticiple(ReadOnlySpan<char> w)
    {
        if (ShortParticiples.Contains(w)) return true;
        if (w.Length < 3 || w.EndsWith("ais")) return false; // mais, jamais, désormais, français
        if (w is "lieu" or "feu" or "jeu") return false; // "a lieu": avoir + noun, a present
        foreach (var e in ParticipleEndings)
            if (w.EndsWith(e)) return true;
        return false;
    }
}
