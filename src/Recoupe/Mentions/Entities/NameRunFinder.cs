using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Entities;

/// <summary>A candidate name: words [First, Last] (inclusive), and whether a title or honorific was stripped from its front.</summary>
public readonly record struct NameRun(int First, int Last, bool TitleInside);

/// <summary>
/// Finds sequences of capitalised words joined by single spaces, with name particles inside
/// ("Corée du Nord", "Ludwig van Beethoven"), then strips sentence openers and titles from their front.
/// A capitalised word that opens a sentence needs evidence (first-name list, gazetteer, the same word
/// capitalised elsewhere) before it counts as a name.
/// </summary>
public static class NameRunFinder
{
    private const int MaxRunWords = 8;

    public static List<NameRun> Find(Word[] words, string language, DocumentEvidence evidence)
    {
        var runs = new List<NameRun>(words.Length / 8 + 4);
        int i = 0;
        while (i < words.Length)
        {
            if (!IsNameWord(words[i])) { i++; continue; }
            int last = i;
            while (last + 1 < words.Length && last - i < MaxRunWords)
            {
                var next = words[last + 1];
                if (!next.JoinedToPrevious || next.Headline && !OrganizationCues.IsNewsAgency(next.Lower)) break;
                if (HeadingEndsBefore(words, i, last, next)) break;
                // "photo Keystone Classements…": a credited agency ends its run.
                if (last == i && OrganizationCues.IsNewsAgency(words[i].Lower)) break;
                if (IsNameWord(next)) { last++; continue; }
                // "Securities and Exchange Commission": "and" inside a name that ends on an institution word.
                if (next.Lower is "and" && InstitutionAfterAnd(words, last + 2) is int end and > 0) { last = end; continue; }
                // A particle joins two capitalised words: "Corée du Nord", "Banque de France", "d'Estaing".
                if (next.Shape == WordShape.Lower && FunctionWords.IsParticle(next.Lower) && last + 2 < words.Length)
                {
                    int k = last + 2;
                    if (k < words.Length && words[k].JoinedToPrevious && FunctionWords.IsParticle(words[k].Lower) && words[k].Shape == WordShape.Lower) k++; // "de la"
                    if (k < words.Length && words[k].JoinedToPrevious && IsNameWord(words[k]) && !IsCompletePlace(words, i, last))
                    {
                        last = k;
                        continue;
                    }
                }
                break;
            }
            // "ministre de la Défense Sergueï Orlikov": the portfolio belongs to the role; what follows it is a titled name.
            bool titled = false;
            var lead = RolePortfolio.Find(words, i, last);
            if (lead.Count > 0)
            {
                if (lead.MinistryHead >= 0) runs.Add(new NameRun(lead.MinistryHead, i + lead.Count - 1, false));
                i += lead.Count;
                titled = true;
                if (i > last) continue;
            }
            int split = GivenNameSplit(words, i, last);
            if (split > i)
            {
                if (Trim(words, i, split - 1, language, evidence) is { } head) runs.Add(head);
                i = split;
            }
            var run = Trim(words, i, last, language, evidence);
            if (run is { } r) runs.Add(titled && r.First == i ? r with { TitleInside = true } : r);
            i = last + 1;
        }
        return runs;
    }

    // "la Défense Sergueï Orlikov": a capitalised common noun after "de la" glued to the name that follows.
    // Split before a first name when the words before it are neither first names nor preceded by a title.
    private static int GivenNameSplit(Word[] words, int first, int last)
    {
        if (first == 0 || !FunctionWords.IsParticle(words[first - 1].Lower) && !FunctionWords.IsDefiniteArticle(words[first - 1].Lower)) return -1;
        for (int k = first + 1; k < last; k++)
        {
            if (GivenNames.IsGivenName(words[k].Lower) && !GivenNames.IsGivenName(words[first].Lower) && words[k - 1].IsCapitalized)
                return k;
        }
        return -1;
    }

    /// <summary>
    /// "ASSEMBLÉE FÉDÉRALE Au Conseil national", "LE FAIT DU JOUR Et le Conseil": a heading in capitals glued to the
    /// sentence after it (print line ends are lost). The run ends where the capitals stop, when what is in capitals is
    /// more than an acronym: two words in capitals, or one word of five letters or more ("KMX Toymakers" stays whole).
    /// </summary>
    private static bool HeadingEndsBefore(Word[] words, int first, int last, Word next)
    {
        // "KMX Toymakers NEW YORK (AFP)": a heading in capitals after a name (two capitals words, no name particle).
        if (words[last].Shape == WordShape.Capitalized && next.Shape == WordShape.AllCaps && !FunctionWords.IsParticle(next.Lower)
            && last + 2 < words.Length && words[last + 2].JoinedToPrevious && words[last + 2].Shape == WordShape.AllCaps) return true;
        if (next.Shape != WordShape.Capitalized || words[last].Shape != WordShape.AllCaps) return false;
        return words[last].Length >= 5 || last > first && words[last - 1].Shape == WordShape.AllCaps;
    }

    // The end of the capitalised words from k when the last of them is an institution or company word, else -1.
    private static int InstitutionAfterAnd(Word[] words, int k)
    {
        if (k >= words.Length || !words[k].JoinedToPrevious || !IsNameWord(words[k])) return -1;
        int end = k;
        while (end + 1 < words.Length && end - k < 3 && words[end + 1].JoinedToPrevious && IsNameWord(words[end + 1])) end++;
        var lastWord = words[end].Lower;
        return end > k && (OrganizationCues.Heads.Contains(lastWord) || OrganizationCues.CompanySuffixes.Contains(lastWord)) ? end : -1;
    }

    private static bool InstitutionWord(string lower) =>
        OrganizationCues.Heads.ContainsSingularOf(lower);

    public static bool IsArticle(string lower) => lower is "le" or "la" or "les" or "l" or "los" or "las" or "el" or "il";

    // "WALL STREET (AFP)": the agency of a dispatch is a name even inside a heading in capitals.
    private static bool IsNameWord(Word w) => w.IsCapitalized && (!w.Headline || OrganizationCues.IsNewsAgency(w.Lower));

    // "la Russie de Poutine": do not glue a country to the name after it.
    private static bool IsCompletePlace(Word[] words, int first, int last) =>
        last - first < 3 && Places.Lookup(SpanText(words, first, last)) is { Kind: PlaceKind.Country or PlaceKind.Capital };

    private static string SpanText(Word[] words, int first, int last)
    {
        if (first == last) return words[first].Lower;
        var parts = new string[last - first + 1];
        for (int k = first; k <= last; k++) parts[k - first] = words[k].Lower;
        return string.Join(' ', parts);
    }

    private static NameRun? Trim(Word[] words, int first, int last, string language, DocumentEvidence evidence)
    {
        bool title = false;
        while (first <= last)
        {
            var w = words[first];
            var folded = TextFold.Fold(w.Lower);
            // A capitalised article inside a sentence belongs to the name: "à La Rochelle", "selon Le Monde".
            // Not before an institution word: "I La Société générale", "* L'Assemblée fédérale" (OCR debris hid the sentence start).
            if (!w.Initial && first < last && w.Shape == WordShape.Capitalized && IsArticle(w.Lower) && !InstitutionWord(words[first + 1].Lower)) break;
            if (FunctionWords.IsParticle(w.Lower) || FunctionWords.IsFunctionWord(w.Lower, language) || Calendar.IsCalendarWord(folded)) { first++; continue; }
            if (TitleWords.IsTitle(w.Lower) && first < last) { first++; title = true; continue; }
            if (w.Initial && !HasEvidence(words, first, last, evidence)) { first++; continue; }
            break;
        }
        // "l'Allemand Uwe Peschel", "le Belge Hendryck Van den Brande": the people noun describes the person after it
        // (RoleAttacher keeps it as a descriptor); it is not part of the name.
        if (first > 0 && last > first && words[first].Shape == WordShape.Capitalized && FunctionWords.IsDefiniteArticle(words[first - 1].Lower)
            && words[first + 1].Shape == WordShape.Capitalized && (last - first >= 2 || GivenNames.IsGivenName(words[first + 1].Lower))
            && Demonyms.IsPeopleNounBeforeName(words[first].Lower))
            first++;
        while (last >= first && (FunctionWords.IsParticle(words[last].Lower) || Calendar.IsCalendarWord(TextFold.Fold(words[last].Lower)))) last--;
        // "Dior Et c'est…", "Georges Plomb C'est…": a heading glued to the sentence after it ends on that sentence's opener.
        while (last > first && (words[last].Length == 1 && !RomanNumeral.Is(words[last].Lower.ToUpperInvariant())
                                || words[last].Shape == WordShape.Capitalized && SentenceOpeners.Contains(words[last].Lower))) last--;
        if (first > last) return null;
        if (first == last && (words[first].Length == 1 || TitleWords.IsTitle(words[first].Lower))) return null; // a lone initial, "MM", "Président"
        // "Secretary of State Jane Roe": a title phrase glued to the name; the name starts at the first name.
        for (int k = first + 1; k <= last && title; k++)
        {
            if (!GivenNames.IsGivenName(words[k].Lower) || GivenNames.IsGivenName(words[first].Lower)) continue;
            return new NameRun(k, last, true);
        }
        // "Foreign Secretary James Cleverly", "Prime Minister Rishi Sunak": a capitalised title inside the run;
        // the name is what follows the last title, when at least two words remain or a first name starts it.
        for (int k = last - 1; k >= first; k--)
        {
            if (!TitleWords.IsTitle(words[k].Lower) || words[k].Shape != WordShape.Capitalized) continue;
            if (last - k >= 2 || GivenNames.IsGivenName(words[k + 1].Lower) || TitleWords.IsHonorific(words[k].Lower)) return new NameRun(k + 1, last, true);
            break;
        }
        // "général de Gaulle", "M. von Bülow": a name that starts with its particle, right after a title.
        if (first >= 2 && words[first - 1].Shape == WordShape.Lower && words[first - 1].Lower is "de" or "d" or "von" or "van" or "di" or "da" or "del"
            && words[first].JoinedToPrevious && TitleWords.IsTitle(words[first - 2].Lower)
            && Places.Lookup(words[first].Lower) is null && !OrganizationCues.Heads.Contains(words[first].Lower))
            return new NameRun(first - 1, last, true);
        return new NameRun(first, last, title);
    }

    // Words that open a sentence and never end a name ("Kim Jong Un" ends on "Un": not in this list).
    private static readonly WordSet SentenceOpeners = new("et en ce c se s il ils elle elles on nous je j le la les l mais puis dans the it this");

    // "7. Chanteur (Fr).", "Chuard (Lausanne),": a short capitalised word in brackets right after the run.
    private static bool BracketedNameAfter(string text, Word[] words, int last)
    {
        if (last + 1 >= words.Length || !words[last + 1].IsCapitalized) return false;
        var next = words[last + 1];
        return text.AsSpan(words[last].End, next.Start - words[last].End).Trim() is "(" && next.End < text.Length && text[next.End] == ')';
    }

    private static bool HasEvidence(Word[] words, int first, int last, DocumentEvidence evidence)
    {
        var w = words[first];
        if (evidence.IsNameElsewhere(w.Lower) || GivenNames.IsGivenName(w.Lower) || OrganizationCues.IsNewsAgency(w.Lower) || SportsClub.InitialsBefore(words, first)) return true;
        // "Banque nationale : …", "ASSEMBLÉE FÉDÉRALE": an institution word opening a name of several words.
        if (last > first && OrganizationCues.Heads.ContainsSingularOf(w.Lower)) return true;
        if (w.Shape == WordShape.AllCaps && AcronymMatcher.IsAcronym(w.Lower.ToUpperInvariant())) return true;
        if (Places.Lookup(w.Lower) is not null || Dateline.Opens(evidence.Text, words, first, last) || BracketedNameAfter(evidence.Text, words, last)
            || NumberedItem.Is(evidence.Text, words, first, last)) return true;
        if (last > first && Places.Lookup(SpanText(words, first, last)) is not null) return true;
        // A run of several capitalised words whose first word never appears in lower case: "Min Seo a dit".
        return last > first && !evidence.SeenInLowerCase(w.Lower);
    }
}
