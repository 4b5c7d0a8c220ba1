using Recoupe.Mentions.Lexicon;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// The capitalised portfolio at the front of a name run that belongs to the function before it:
/// "le ministre italien de la [Défense] Sergueï Orlikov", "le secrétaire d'[État] Jane Roe",
/// "le ministre de l'[Intérieur]". Those words are part of the role, not an entity; after a lower-case ministry
/// head ("le ministère des [Affaires] étrangères", "le département d'[Etat]") the head and portfolio together
/// name the organisation.
/// </summary>
internal static class RolePortfolio
{
    /// <summary>How the front of the run [first, last] reads in role context.</summary>
    /// <param name="Count">Leading run words that are portfolio words (0: no role context).</param>
    /// <param name="MinistryHead">Index of the lower-case ministry head before them, or -1 after a title.</param>
    public readonly record struct Lead(int Count, int MinistryHead);

    private const int MaxLinks = 3;     // "de la", "de l'", "of the"
    private const int MaxModifiers = 2; // "ministre italien de la", "ministre délégué à la"

    public static Lead Find(Word[] words, int first, int last)
    {
        int count = 0;
        while (first + count <= last && PortfolioWords.IsPortfolio(words[first + count].Lower)) count++;
        if (count == 0) return default;
        // "president of the Transport Workers Union": the portfolio word starts an institution's own name.
        for (int j = first + count; j <= last; j++)
            if (OrganizationCues.Heads.Contains(words[j].Lower) || OrganizationCues.Suffixes.Contains(words[j].Lower)) return default;
        int k = first - 1, links = 0;
        while (k >= 0 && links < MaxLinks && words[k].Shape == WordShape.Lower && IsLink(words[k].Lower) && words[k + 1].JoinedToPrevious) { k--; links++; }
        if (links == 0) return default;
        for (int modifiers = 0; k >= 0 && modifiers <= MaxModifiers; k--, modifiers++)
        {
            var w = words[k];
            if (!words[k + 1].JoinedToPrevious) return default;
            if (w.Shape == WordShape.Lower && PortfolioWords.IsMinistryHead(w.Lower)) return new Lead(count, k);
            if (TitleWords.IsTitle(w.Lower) && !TitleWords.IsHonorific(w.Lower)) return new Lead(count, -1);
            // Only a lower-case adjective may sit between the title and its portfolio: "ministre italien de la Défense".
            if (w.Shape != WordShape.Lower || FunctionWords.IsFunctionWord(w.Lower, "fr") || FunctionWords.IsFunctionWord(w.Lower, "en")) return default;
        }
        return default;
    }

    private static bool IsLink(string lower) => lower is "de" or "d" or "du" or "des" or "la" or "l" or "à" or "au" or "aux" or "of" or "the" or "for";
}
