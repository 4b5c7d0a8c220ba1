using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Quotes;
using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Attaches a title or function to a person from the words around the name:
/// before it ("le ministre italien de la Défense Sergueï Orlikov", "Le porte-parole du Quirinal, Dmitri Sorokin",
/// "White House press secretary Karine Jean-Pierre", "M. Dupont") or after it, as an apposition
/// ("Marianne Holtby, une porte-parole du Comité de vigilance portuaire").
/// </summary>
internal static class RoleAttacher
{
    private const int MaxRoleWords = 14;

    public static void Attach(string text, Word[] words, List<Candidate> candidates)
    {
        // Which words belong to a person's name: a flag per word on the stack (a set of word indexes was a tenth of what
        // the passes after labelling allocated).
        Span<bool> occupied = words.Length <= 2048 ? stackalloc bool[words.Length] : new bool[words.Length];
        foreach (var c in candidates)
            if (c.Type == EntityType.Person) occupied[c.First..(c.Last + 1)].Fill(true);
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Person) continue;
            var before = Before(text, words, c, occupied);
            // "M. Hagenbeck, le célèbre marchand d'animaux": an apposition says more than a bare honorific.
            if (before is null || IsBareHonorific(text, before.Value)) c.RoleSpan = After(text, words, c, occupied) ?? before;
            else c.RoleSpan = before;
        }
    }

    private static bool IsBareHonorific(string text, TextSpan role) =>
        role.Length <= 5 && TitleWords.IsHonorific(text.AsSpan(role.Start, role.Length).TrimEnd('.').ToString().ToLowerInvariant());

    private static TextSpan? Before(string text, Word[] words, Candidate c, ReadOnlySpan<bool> occupied)
    {
        int k = c.First - 1;
        if (k < 0) return null;
        bool comma = false, commaBeforeHonorific = false;
        int title = -1;
        for (int steps = 0; k >= 0 && steps < MaxRoleWords; k--, steps++)
        {
            var gap = text.AsSpan(words[k].End, words[k + 1].Start - words[k].End);
            bool honorificPeriod = gap.Trim() is "." && TitleWords.IsHonorific(words[k].Lower);
            // The comma may only close the role: right before the name, or before its honorific ("l'ingénieur rural, M. Wey").
            bool commaClosesRole = steps == 0 || steps == 1 && TitleWords.IsHonorific(words[k + 1].Lower);
            if (!honorificPeriod && (!GapInsideRole(gap, ref comma) || comma && !commaClosesRole && gap.Contains(','))) break;
            if (steps == 1 && comma && gap.Contains(',')) commaBeforeHonorific = true;
            if (occupied[k] || SpeechCues.IsCueWord(words[k].Lower) || words[k].Shape == WordShape.Number) break;
            if (words[k].Shape == WordShape.Lower && !InsideRoleWord(words[k].Lower)) break;
            if (TitleWords.IsTitle(words[k].Lower)) title = k; // keep the earliest: "porte-parole en chef du Comité"
        }
        if (title < 0) return DescriptorBefore(words, c, occupied);
        int start = title;
        // "M. Pinard" after "remplacerait": an honorific takes no modifier before it.
        while (start > 0 && !TitleWords.IsHonorific(words[start].Lower) && ModifierBefore(text, words, start)) start--;
        // "Schaeffer, président, Louis Thorens": the title right after another person is that person's apposition.
        if (start > 0 && occupied[start - 1] && text.AsSpan(words[start - 1].End, words[start].Start - words[start - 1].End).Contains(',')) return null;
        // "le vice-président du Conseil général, M. Thorens" opens on a determiner or a conjunction; "nommer ministre de
        // Chine aux Etats-Unis, M. Wou" does not: the phrase is a clause's object, and the role is the honorific alone.
        if (commaBeforeHonorific && start < c.First - 1 && start > 0 && !OpensRolePhrase(text, words, start)) start = c.First - 1;
        // The role ends at the last word before the name, without the comma.
        int end = c.First - 1;
        if (end < start) return null;
        int roleEnd = words[end].End;
        if (roleEnd < text.Length && text[roleEnd] == '.' && TitleWords.IsHonorific(words[end].Lower)) roleEnd++; // "M."
        return new TextSpan(words[start].Start, roleEnd);
    }

    /// <summary>
    /// "le jeune André Taponnier", "l'accusé Vogel", "son homologue helvétique Moritz Leuenberger", "the rapper Kanye
    /// West": lower-case words between a determiner and the name describe the person, though no title list knows them.
    /// </summary>
    private static TextSpan? DescriptorBefore(Word[] words, Candidate c, ReadOnlySpan<bool> occupied)
    {
        int lead = -1;
        for (int k = c.First - 1, steps = 0; k >= 0 && steps < MaxDescriptorWords; k--, steps++)
        {
            var w = words[k];
            if (!words[k + 1].JoinedToPrevious || occupied[k]) return null;
            if (Determiners.Contains(w.Lower)) { lead = k + 1; break; } // "Le jeune André Taponnier" opens a sentence
            // "l'Allemand Uwe Peschel": a capitalised people noun describes like a lower-case one.
            if (w.Shape != WordShape.Lower && !(w.Shape == WordShape.Capitalized && Demonyms.IsPeopleNounBeforeName(w.Lower))) return null;
            if (SpeechCues.IsCueWord(w.Lower) || w.Lower is not "et" and not "and" && (FunctionWords.IsFunctionWord(w.Lower, "fr") || FunctionWords.IsFunctionWord(w.Lower, "en")))
                return null;
        }
        if (lead < 0 || lead >= c.First || words[lead].Lower is "et" or "and") return null;
        return new TextSpan(words[lead].Start, words[c.First - 1].End);
    }

    private const int MaxDescriptorWords = 4;

    private static bool OpensRolePhrase(string text, Word[] words, int start)
    {
        var prev = words[start - 1];
        if (!words[start].JoinedToPrevious || text.AsSpan(prev.End, words[start].Start - prev.End).Trim().Length > 0) return true;
        return Determiners.Contains(prev.Lower) || prev.Lower is "et" or "and" or "un" or "une" or "a" or "an";
    }

    private static readonly WordSet Determiners = new("le la l les son sa ses leur leurs notre nos votre du des au aux ce cet cette the his her their its");

    // English puts modifiers before the title ("White House press secretary"); French puts an article there.
    private static bool ModifierBefore(string text, Word[] words, int k)
    {
        if (k == 0) return false;
        var prev = words[k - 1];
        if (!words[k].JoinedToPrevious || prev.Initial && prev.Shape != WordShape.Capitalized) return false;
        if (FunctionWords.IsFunctionWord(prev.Lower, "en") || FunctionWords.IsFunctionWord(prev.Lower, "fr")) return false;
        if (SpeechCues.IsCueWord(prev.Lower) || prev.Shape == WordShape.Number) return false;
        // "will meet President Lula", "visited Governor Hale": a capitalised title opens the name's own phrase, and the
        // lower-case word before it is the clause's verb, unless it is one of the few words that qualify a title.
        // The same holds before a qualifier ("heard former President X").
        if ((words[k].Shape == WordShape.Capitalized || TitleQualifiers.Contains(words[k].Lower)) && prev.Shape == WordShape.Lower
            && !TitleQualifiers.Contains(prev.Lower)) return false;
        return prev.IsCapitalized || TitleWords.IsTitle(prev.Lower) || prev.Lower.Length > 3 && !prev.Lower.EndsWith("ed", StringComparison.Ordinal) && !prev.Lower.EndsWith('é');
    }

    private static readonly WordSet TitleQualifiers = new("former late acting deputy interim outgoing incoming then vice assistant associate senior chief " +
        "ancien ancienne futur future actuel actuelle");

    // Function words that may sit inside a role ("conseiller à la pêche", "secretary of state"); others end it.
    private static bool InsideRoleWord(string lower) =>
        FunctionWords.IsParticle(lower) || lower is "l" or "à" or "au" or "aux" or "en" or "pour" or "chargé" or "chargée" or "for" or "at" or "in" or "on" or "to"
        || !FunctionWords.IsFunctionWord(lower, "fr") && !FunctionWords.IsFunctionWord(lower, "en");

    private static bool IsFiniteVerb(string lower) =>
        lower is "a" or "ont" or "has" or "have" or "avait" or "avaient" or "had" or "est" or "sont" or "était" or "étaient" or "fut"
            or "sera" or "seront" or "is" or "are" or "was" or "were" or "will";

    private static readonly Lexicon.WordSet NumberWords = new("deux trois quatre cinq six sept huit neuf dix vingt cent mille plusieurs two three four five ten");

    // A lower-case word that can open a bare apposition: not a function word, a speech verb or a participle ("arrivé").
    private static bool IsBareNounLead(Word w) =>
        w.Shape == WordShape.Lower && w.Length >= 4 && !SpeechCues.IsCueWord(w.Lower) && !NumberWords.Contains(w.Lower)
        && !FunctionWords.IsFunctionWord(w.Lower, "fr") && !FunctionWords.IsFunctionWord(w.Lower, "en")
        && !w.Lower.EndsWith('é') && !w.Lower.EndsWith("ée", StringComparison.Ordinal) && !w.Lower.EndsWith("és", StringComparison.Ordinal)
        && !w.Lower.EndsWith("ées", StringComparison.Ordinal) && !w.Lower.EndsWith("ant", StringComparison.Ordinal) && !w.Lower.EndsWith("ed", StringComparison.Ordinal)
        && !w.Lower.EndsWith("rent", StringComparison.Ordinal) && !w.Lower.EndsWith("ait", StringComparison.Ordinal) && !w.Lower.EndsWith("aient", StringComparison.Ordinal);

    private static bool GapInsideRole(ReadOnlySpan<char> gap, ref bool comma)
    {
        var trimmed = gap.Trim();
        if (trimmed.Length == 0) return !gap.Contains('\n');
        if (trimmed is "'" or "’" or "-") return true;
        if (trimmed is "," && !comma) { comma = true; return true; }
        return false;
    }

    private static TextSpan? After(string text, Word[] words, Candidate c, ReadOnlySpan<bool> occupied)
    {
        int k = c.Last + 1;
        if (k >= words.Length) return null;
        var gap = text.AsSpan(words[c.Last].End, words[k].Start - words[c.Last].End).Trim();
        if (gap is not ",") return null;
        // Optional determiner, then a title within two words.
        int titleAt = -1;
        for (int j = k; j < words.Length && j <= k + 2; j++)
        {
            if (j > k && !words[j].JoinedToPrevious) break;
            if (TitleWords.IsHonorific(words[j].Lower)) break; // ", ainsi que M. Vela": another person starts
            if (TitleWords.IsTitle(words[j].Lower)) { titleAt = j; break; }
            if (!FunctionWords.IsFunctionWord(words[j].Lower, "fr") && !FunctionWords.IsFunctionWord(words[j].Lower, "en")) break;
        }
        // "M. Hagenbeck, le célèbre marchand d'animaux": an apposition led by a determiner, closed by punctuation;
        // "Alfred Perroset, secrétaire-adjoint,", "Kraft, médecin des écoles de Zurich,": led by a bare noun.
        bool determinerLed = titleAt < 0 && (words[k].Lower is "le" or "la" or "l" or "un" or "une" or "the" or "an" || IsBareNounLead(words[k])
            || words[k].Lower is "a" && k + 1 < words.Length && IsBareNounLead(words[k + 1])); // French "a" is a verb: "X, a été pointé"
        if (titleAt < 0 && !determinerLed) return null;
        if (titleAt < 0) titleAt = k;
        int end = titleAt;
        bool closed = false;
        for (int j = titleAt + 1; j < words.Length && j - titleAt < MaxRoleWords; j++)
        {
            var g = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim();
            if (g.Length > 0 && g is not ("'" or "’" or "-")) { closed = true; break; }
            if (occupied[j] || SpeechCues.IsCueWord(words[j].Lower)) return null;
            if (IsFiniteVerb(words[j].Lower)) return null; // the phrase is a subject, not an apposition
            end = j;
        }
        if (determinerLed && !closed) return null;
        return new TextSpan(words[k].Start, words[end].End);
    }
}
