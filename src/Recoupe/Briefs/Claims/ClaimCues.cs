using System.Collections.Frozen;

namespace Recoupe.Briefs.Claims;

/// <summary>
/// The words that set a claim's polarity and modality, French and English. They are cues for the frame (and features of the
/// support classifier), not verdicts: "ne … pas" in a subordinate clause negates that clause only, which the classifier weighs
/// against the rest of the evidence.
/// </summary>
internal static class ClaimCues
{
    private static readonly FrozenSet<string> FrenchNegationEnds = new[]
    {
        "pas", "plus", "jamais", "rien", "aucun", "aucune", "guère", "point", "nullement", "personne", "ni",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negators = new[]
    {
        "non", "sans", "aucun", "aucune", "jamais", "nul", "nulle", "not", "never", "no", "without", "neither", "nor", "none", "nobody", "nothing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the sentence negates something: "ne … pas/plus/jamais" (not the restrictive "ne … que"), "non", "sans", "not", "n't", "never".</summary>
    public static bool IsNegated(IReadOnlyList<string> lowerWords) => HasCue(lowerWords);

    private static bool HasCue(IReadOnlyList<string> lowerWords)
    {
        for (int i = 0; i < lowerWords.Count; i++)
            if (CueEnd(lowerWords, i) >= 0) return true;
        return false;
    }

    /// <summary>
    /// The positions of the words a negation bears on: the words around a negation cue ("n'a pas versé de rançon": "versé",
    /// "rançon"), and those after a word of denial ("a nié avoir versé une rançon"): the same claim negated in two wordings.
    /// </summary>
    /// <param name="isDenial">Whether the word at a position denies ("nier", "démentir", "deny").</param>
    public static List<int> NegatedWords(IReadOnlyList<string> lowerWords, Func<int, bool> isDenial)
    {
        var positions = new List<int>();
        for (int i = 0; i < lowerWords.Count; i++)
        {
            int end = CueEnd(lowerWords, i);
            if (end >= 0)
            {
                // "n'a pas été prise par le maire mais par le préfet": the negation reaches up to the contrast that corrects it.
                int reach = end + 4;
                for (int k = end + 1; k < Math.Min(lowerWords.Count, end + 14); k++)
                    if (ContrastWords.Contains(lowerWords[k])) { reach = Math.Max(reach, k); break; }
                for (int k = Math.Max(0, i - 2); k < Math.Min(lowerWords.Count, reach); k++) positions.Add(k);
                continue;
            }
            if (isDenial(i))
                for (int k = i; k < Math.Min(lowerWords.Count, i + 6); k++) positions.Add(k);
        }
        return positions;
    }

    /// <summary>Words that oppose what follows to what was negated: "pas X mais Y", "not X but Y", "X plutôt que Y", "instead of".</summary>
    private static readonly FrozenSet<string> ContrastWords = new[]
    {
        "mais", "plutôt", "contrairement", "but", "instead", "rather", "unlike",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The sentence corrects something: a negation with a contrast ("non pas X mais Y", "not X but Y", "et non Y", "rather than"):
    /// it states one thing and denies another with the same words, so sharing its words is no support.
    /// </summary>
    public static bool IsCorrection(IReadOnlyList<string> lowerWords)
    {
        bool negation = false;
        for (int i = 0; i < lowerWords.Count; i++)
        {
            var w = lowerWords[i];
            if (CueEnd(lowerWords, i) >= 0) negation = true;
            else if (w is "plutôt" or "rather" or "instead" or "contrairement" or "unlike") return true;
            if (negation && w is "mais" or "but") return true;
            if (w is "et" or "and" && i + 1 < lowerWords.Count && lowerWords[i + 1] is "non" or "not") return true;
        }
        return false;
    }

    /// <summary>The position of the last word of a negation cue starting at <paramref name="i"/>, or -1.</summary>
    private static int CueEnd(IReadOnlyList<string> lowerWords, int i)
    {
        var w = lowerWords[i];
        if (Negators.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal)) return i;
        if (w is not ("ne" or "n")) return -1;
        for (int k = i + 1; k < Math.Min(lowerWords.Count, i + 5); k++)
        {
            if (lowerWords[k] == "que" || lowerWords[k] == "qu") return -1;
            if (FrenchNegationEnds.Contains(lowerWords[k])) return k;
        }
        return -1;
    }

    private static readonly FrozenSet<string> PossibilityWords = new[]
    {
        "pourrait", "pourraient", "pourra", "pourront", "peut-être", "possible", "possiblement", "éventuel", "éventuelle", "éventuellement",
        "probable", "probablement", "aurait", "auraient", "serait", "seraient", "présumé", "présumée", "présumés", "supposé", "supposée",
        "hypothèse", "envisagé", "envisagée", "envisage", "envisagent",
        "could", "might", "may", "possibly", "possible", "probably", "likely", "reportedly", "allegedly", "alleged", "perhaps", "maybe",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The claim's modality: a possibility word first (a conditional "aurait" reports an unconfirmed claim), else future or planned, else asserted.</summary>
    public static ClaimModality ModalityOf(IReadOnlyList<string> lowerWords)
    {
        foreach (var w in lowerWords)
            if (PossibilityWords.Contains(w)) return ClaimModality.Possible;
        return Conflicts.Modality.IsProspective(lowerWords) ? ClaimModality.Expected : ClaimModality.Asserted;
    }

    public static bool IsQuestion(string sentence)
    {
        var s = sentence.AsSpan().TrimEnd(" \u00A0\u202F»”\"')");
        return s.Length > 0 && s[^1] == '?';
    }
}
