using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Extends an institution or place head over its lower-case complement, French style:
/// "Comité [de vigilance portuaire]", "Comité [portuaire de vigilance]", "République [populaire démocratique de Corée]",
/// "Conseil [de sécurité des Nations unies]". It stops before a place that qualifies an already complete name
/// ("... nationale | des États-Unis") and at anything that looks like a verb.
/// </summary>
public static class LowerCaseComplement
{
    private const int MaxExtraWords = 7;

    // Adjective endings (French and English) that may follow a noun without a particle.
    private static readonly string[] AdjectiveEndings =
    [
        "al", "ale", "ales", "aux", "el", "elle", "elles", "ien", "ienne", "iennes", "ain", "aine", "aines", "ais", "aise",
        "ique", "iques", "aire", "aires", "if", "ive", "ives", "é", "ée", "és", "ées", "ère", "ères", "ier", "eur", "eure",
        "iste", "istes", "ois", "oise", "an", "ane", "ese", "ish", "ic", "ical", "ary",
        // plurals and the peoples' adjectives: "entreprises suisses", "chemins de fer fédéraux", "forces françaises"
        "aises", "oises", "ains", "iens", "ifs", "isse", "isses", "iers", "ières", "éen", "éens", "éenne", "éennes",
    ];

    public static int Extend(string text, Word[] words, int last, bool placeHead)
    {
        int best = last, k = last + 1, added = 0;
        bool lowerSeen = false, afterParticle = false, afterName = false;
        string particle = "";
        while (k < words.Length && added < MaxExtraWords)
        {
            var w = words[k];
            if (!w.JoinedToPrevious || w.Headline) break;
            // "Caisse d'épargne et de prêts", "département de l'industrie et de l'agriculture": a second complement.
            if (w.Lower is "et" && lowerSeen && !afterParticle && k + 2 < words.Length && words[k + 1].JoinedToPrevious
                && words[k + 1].Lower is "de" or "d" or "des" or "du" && words[k + 2].JoinedToPrevious && words[k + 2].Shape == WordShape.Lower)
            {
                particle = words[k + 1].Lower;
                afterParticle = true; k += 2; added += 2; continue;
            }
            if (w.Shape == WordShape.Lower && (FunctionWords.IsParticle(w.Lower) || afterParticle && w.Lower == "l"))
            {
                if (afterParticle && w.Lower is not ("la" or "le" or "l")) break;
                particle = afterParticle ? particle + " " + w.Lower : w.Lower;
                afterParticle = true; k++; added++; continue;
            }
            if (w.IsCapitalized)
            {
                if (!afterParticle) break;
                // A place after a lower-case complement qualifies the institution: leave it out.
                int runEnd = k;
                while (runEnd + 1 < words.Length && words[runEnd + 1].JoinedToPrevious && words[runEnd + 1].IsCapitalized) runEnd++;
                var name = text[w.Start..words[runEnd].End];
                // "Académie de musique de Bâle", "tribunal cantonal de Schaffhouse": a town after a bare "de" names the
                // seat and belongs to the name; "… nationale des États-Unis", "… du Japon" qualify it from outside.
                bool seat = particle is "de" or "d" && Gazetteers.Places.Lookup(name) is not { Kind: Gazetteers.PlaceKind.Country };
                if (lowerSeen && !placeHead && !seat && !WellKnownAcronyms.IsOrganizationName(name))
                {
                    // "des Nations unies": the organisation's name goes on in lower case.
                    if (runEnd + 1 < words.Length && words[runEnd + 1].JoinedToPrevious && words[runEnd + 1].Shape == WordShape.Lower
                        && WellKnownAcronyms.IsOrganizationName(text[w.Start..words[runEnd + 1].End]))
                        runEnd++;
                    else break;
                }
                added += runEnd - k + 1; best = runEnd; k = runEnd + 1;
                afterParticle = false; afterName = true;
                if (seat) break; // "Orchestre de la ville de Lucerne | placés sous …": the seat ends the name
                continue;
            }
            if (w.Shape != WordShape.Lower || w.Lower.Length < 3 || FunctionWords.IsFunctionWord(w.Lower, "fr") || FunctionWords.IsFunctionWord(w.Lower, "en")) break;
            if (Quotes.SpeechCues.IsCueWord(w.Lower)) break;
            bool adjective = LooksLikeAdjective(w.Lower);
            if (!afterParticle && !adjective) break;
            if (afterName && !adjective) break;
            if (afterParticle && w.Lower.EndsWith("ant", StringComparison.Ordinal)) break;
            if (afterParticle && InfinitiveWithObject(words, k)) break; // "l'Action nationale | de modifier le texte"
            if (ParticipleWithInfinitive(words, k)) break; // "Conseil national | chargée d'examiner"
            lowerSeen = true; afterParticle = false;
            best = k; k++; added++;
        }
        return best;
    }

    // An "-er"/"-ir" word followed by a determiner is a verb taking its object, not a noun complement.
    private static bool InfinitiveWithObject(Word[] words, int k)
    {
        var lower = words[k].Lower;
        if (lower.Length < 5 || !lower.EndsWith("er", StringComparison.Ordinal) && !lower.EndsWith("ir", StringComparison.Ordinal)) return false;
        return k + 1 < words.Length && words[k + 1].JoinedToPrevious && words[k + 1].Lower is "le" or "la" or "les" or "l" or "un" or "une" or "son" or "sa" or "ses" or "leur" or "leurs" or "ce" or "cette" or "ces";
    }

    // "chargée d'examiner", "habilité à juger": a participle opening a clause about the institution.
    private static bool ParticipleWithInfinitive(Word[] words, int k)
    {
        var lower = words[k].Lower;
        if (!lower.EndsWith('é') && !lower.EndsWith("ée", StringComparison.Ordinal) && !lower.EndsWith("és", StringComparison.Ordinal) && !lower.EndsWith("ées", StringComparison.Ordinal)) return false;
        if (k + 2 >= words.Length || words[k + 1].Lower is not ("de" or "d" or "à") || words[k + 2].Shape != WordShape.Lower) return false;
        var next = words[k + 2].Lower;
        return next.EndsWith("er", StringComparison.Ordinal) || next.EndsWith("ir", StringComparison.Ordinal) || next.EndsWith("re", StringComparison.Ordinal);
    }

    /// <summary>Whether a lower-case word has the ending of a French or English adjective ("nationale", "fédéral", "mondiale").</summary>
    public static bool IsAdjectiveLike(string lower) => LooksLikeAdjective(lower);

    // Colours qualify many names and end like no other adjective: "mer Noire", "Maison blanche", "Armée rouge".
    private static readonly WordSet Colours = new("blanc blanche blancs blanches noir noire noirs noires rouge rouges vert verte verts vertes bleu bleue bleus bleues jaune jaunes gris grise");

    private static bool LooksLikeAdjective(string lower)
    {
        if (Colours.Contains(lower)) return true;
        if (lower.EndsWith("ment", StringComparison.Ordinal) || lower.EndsWith("ent", StringComparison.Ordinal)) return false; // adverbs, verbs
        foreach (var e in AdjectiveEndings)
            if (lower.Length >= e.Length + 2 && lower.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
