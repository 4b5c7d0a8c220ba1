using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Lexicon;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Decides what a name run is, from the words inside it (institution heads, company and media suffixes,
/// first names, the gazetteer) and around it (a title before, "à"/"in" before, an article before).
/// Institution names go on in lower case in French ("Comité de vigilance portuaire"): the run is extended over them.
/// </summary>
public static class EntityTyper
{
    /// <summary>
    /// The type of a run, and its last word (institution names may grow over their complement). Evidence is read
    /// strongest first: the shape of the name, institution words inside it, a title before it, the gazetteer,
    /// first names, then the words around it.
    /// </summary>
    /// <summary>
    /// "les Autrichiens", "des Français": a people, capitalised but common; "Les Suédois" opening a sentence and "37 Suédois"
    /// count too. A lone capitalised word right after a plural determiner or a number, with a demonym's ending, that is no
    /// known place ("les Vosges") and no institution word ("les Chambres"). Also read after the trained labeller
    /// (<see cref="Ner.CommonNounCapitals"/>).
    /// </summary>
    internal static bool IsPluralPeople(string text, Word[] words, int index)
    {
        if (index == 0) return false;
        var word = words[index];
        return word.Shape == WordShape.Capitalized && word.JoinedToPrevious
            && Demonyms.IsPluralDemonym(word.Lower, words[index - 1].Shape == WordShape.Number ? "deux" : words[index - 1].Lower)
            && Places.Lookup(text.AsSpan(word.Start, word.Length)) is null && !OrganizationCues.Heads.ContainsSingularOf(word.Lower);
    }

    public static Typing Classify(string text, Word[] words, NameRun run, DocumentEvidence? evidence = null)
    {
        int first = run.First, last = run.Last;
        var name = text[words[first].Start..words[last].End];
        if (first == last && IsPluralPeople(text, words, first)) return new Typing(EntityType.Other, last, false);
        if (first == last && words[first].Shape == WordShape.Capitalized && CapitalisedCommonNouns.Contains(words[first].Lower))
            return new Typing(EntityType.Other, last, false);
        if (PluralArticleBefore(words, run) is { } plural) return new Typing(plural, last, false);
        if ((FromShape(words, run, name) ?? FromInstitutionWords(text, words, run, name)) is { } shaped) return new Typing(shaped.Item1, shaped.Item2, false);
        if ((FromTitleOrGazetteer(words, run, name) ?? FromContext(text, words, run)) is { } typed) return new Typing(typed, last, false);
        if (AfterArticle(words, run, evidence) is { } articled) return articled;
        return Guess(text, words, run, evidence);
    }

    /// <summary>
    /// A lone capitalised word after "les"/"des"/"aux" that is not a known place: plural-shaped, it is a people or a
    /// group ("les Helvètes", "les Occidentaux", "les Jeux"), not an entity; singular-shaped after "les"/"des", it is a
    /// family ("les Planta", "des Bonaparte"): names take no plural mark in French.
    /// </summary>
    private static EntityType? PluralArticleBefore(Word[] words, NameRun run)
    {
        int first = run.First;
        if (first != run.Last || first == 0 || !words[first].JoinedToPrevious) return null;
        var w = words[first];
        var prev = words[first - 1];
        if (w.Shape != WordShape.Capitalized || w.Length < 4 || prev.Shape != WordShape.Lower || prev.Lower is not ("les" or "des" or "aux")) return null;
        if (Places.Lookup(w.Lower) is not null || OrganizationCues.IsNewsAgency(w.Lower)) return null;
        // "les Chambres fédérales" elsewhere, "le glacier des Bossons": an institution head or a place cue decides.
        var singular = w.Lower[^1] == 's' ? w.Lower[..^1] : w.Lower;
        if (OrganizationCues.Heads.Contains(singular) || OrganizationCues.Heads.Contains(w.Lower) || LowerCasePlaceBefore(words, first) || LowerCaseOrganizationBefore(words, first))
            return null;
        bool pluralShape = w.Lower[^1] is 's' or 'x';
        if (pluralShape) return EntityType.Other;
        // "les Bouches-du-Rhône", "les Folies-Bergère", "des Facultés": compounds and participles are no family names.
        if (prev.Lower is "aux" || w.Lower.Contains('-') || w.Lower[^1] == 'é') return null;
        return EntityType.Person;
    }

    /// <summary>
    /// No cue at all. A run of two to four name-shaped words is most often a person ("Min Seo"), and so is a lone
    /// capitalised word inside a sentence (a surname); both are guesses that any evidence elsewhere in the document
    /// overrides (<see cref="DocumentKeys"/>, <see cref="ContextTyping"/>). Not after a determiner or "de": "des
    /// Affaires", "la Défense" are capitalised common nouns.
    /// </summary>
    private static Typing Guess(string text, Word[] words, NameRun run, DocumentEvidence? evidence)
    {
        int first = run.First, last = run.Last;
        if (last > first && last - first <= 3 && AllNameShaped(words, first, last)) return new Typing(EntityType.Person, last, true);
        var prev = first > 0 ? words[first - 1] : default;
        bool lowerPrev = first > 0 && prev.Shape == WordShape.Lower;
        bool afterDeterminer = lowerPrev && (FunctionWords.IsParticle(prev.Lower) || FunctionWords.IsDefiniteArticle(prev.Lower) || prev.Lower is "un" or "une" or "des" or "aux");
        var firstWord = words[first];
        if (first == last && !firstWord.Initial && firstWord.Shape == WordShape.Capitalized && !afterDeterminer && !CommonWordShape.Looks(firstWord.Lower)
            && !Designation(firstWord.Lower) && !PairOfNames(firstWord.Lower, evidence))
            return new Typing(EntityType.Person, last, true);
        if (NumberedItem.Is(text, words, first, last)) return new Typing(EntityType.Person, last, true);
        return new Typing(EntityType.Other, last, true);
    }

    // "Hwasong-18", "Su-35", "Covid-19": a capitalised word with figures designates a model, a missile or a disease,
    // never a person.
    private static bool Designation(string lower) => lower.AsSpan().ContainsAnyInRange('0', '9');

    // "le sommet Kim-Poutine", "le duel Federer-Nadal", "l'axe Berlin-Moscou": two names joined by a hyphen, each written
    // alone elsewhere in the document, name a pair, not one more person (a double surname is rarely split so).
    private static bool PairOfNames(string lower, DocumentEvidence? evidence)
    {
        int hyphen = lower.IndexOf('-');
        if (evidence is null || hyphen <= 0 || hyphen != lower.LastIndexOf('-') || hyphen == lower.Length - 1) return false;
        return evidence.IsNameElsewhere(lower[..hyphen]) && evidence.IsNameElsewhere(lower[(hyphen + 1)..]);
    }

    // Acronyms, and names that start with their article: "La Rochelle" after "à"/"de" is a place, "Le Monde" a paper.
    private static (EntityType, int)? FromShape(Word[] words, NameRun run, string name)
    {
        int first = run.First, last = run.Last;
        var firstWord = words[first];
        if (first == last && RomanNumeral.Is(name)) return (EntityType.Other, last); // "chapitre II", "classes III et IV"
        if (OrganizationCues.IsNewsAgency(name)) return (EntityType.Organization, last);
        // "M. MOTTA", "Mme DUPONT": a surname printed in capitals after an honorific is no acronym.
        bool honorificBefore = first > 0 && TitleWords.IsHonorific(words[first - 1].Lower);
        if (first == last && firstWord.Shape == WordShape.AllCaps && !honorificBefore && AcronymMatcher.IsAcronym(name))
        {
            if (OrganizationCues.IsCommonNounAcronym(name) || OcrNoise(name) || HeadingArticleBefore(words, first)) return (EntityType.Other, last);
            return (Places.LookupCode(name) is not null || name.Length > 3 && Places.Lookup(name) is not null ? EntityType.Place : EntityType.Organization, last);
        }
        // "KMX Toymakers", "UBS Warburg", "FC Sion": an acronym leading capitalised words names a company or a club.
        if (last > first && firstWord.Shape == WordShape.AllCaps && firstWord.Length <= 4 && !honorificBefore && AcronymMatcher.IsAcronym(words[first].Lower.ToUpperInvariant())
            && !RomanNumeral.Is(words[first].Lower.ToUpperInvariant()) && OnlyCapitalizedAfter(words, first + 1, last)
            && !OrganizationCues.IsCommonNounAcronym(words[first].Lower) && Places.Lookup(name) is null)
            return (EntityType.Organization, last);
        if (last > first && firstWord.Shape == WordShape.Capitalized && NameRunFinder.IsArticle(firstWord.Lower))
        {
            var prev = first > 0 ? words[first - 1] : default;
            bool placeBefore = first > 0 && prev.Shape == WordShape.Lower && (FunctionWords.IsPlacePreposition(prev.Lower) || prev.Lower is "de" or "d");
            return (Places.Lookup(name) is not null || placeBefore ? EntityType.Place : EntityType.Organization, last);
        }
        return null;
    }

    // "LA CITE", "AUX EDITIONS": a word in capitals after an article in capitals is a heading word, not an acronym.
    private static bool HeadingArticleBefore(Word[] words, int first) =>
        first > 0 && words[first].JoinedToPrevious && words[first - 1].Shape == WordShape.AllCaps
        && words[first - 1].Lower is "la" or "le" or "les" or "l" or "de" or "du" or "des" or "aux" or "au" or "et" or "en";

    // "Stadt-Theater", "Aéro-Club": a compound whose last part is an institution word (German and English order).
    private static bool InstitutionCompound(string lower)
    {
        int hyphen = lower.LastIndexOf('-');
        // Two parts only: "Chaux-de-Fonds", "Val-de-Travers" are towns whatever their last word.
        if (hyphen <= 0 || hyphen + 4 > lower.Length || lower.IndexOf('-') != hyphen) return false;
        var tail = lower[(hyphen + 1)..];
        return OrganizationCues.Suffixes.Contains(tail) || OrganizationCues.Heads.Contains(tail) && tail is not ("union" or "front" or "action" or "maison" or "marine" or "garde");
    }

    private static bool OnlyCapitalizedAfter(Word[] words, int from, int last)
    {
        for (int k = from; k <= last; k++)
            if (words[k].Shape != WordShape.Capitalized) return false;
        return true;
    }

    // "BB", "JJ" among print debris, "ÎO" for a misread "10": a doubled letter or a circumflexed I makes no acronym.
    private static bool OcrNoise(string name) =>
        name.Length == 2 && name[0] == name[1] || name.Contains('Î') || name.Contains('Ï');

    // French heads first ("Comité de vigilance portuaire", "République populaire de Corée"), English heads last ("Security Council").
    private static (EntityType, int)? FromInstitutionWords(string text, Word[] words, NameRun run, string name)
    {
        int first = run.First, last = run.Last;
        // "Baltic Oil", "Hartwell Brothers": a company word at the end outweighs a place word at the front.
        if (last > first && OrganizationCues.CompanySuffixes.Contains(words[last].Lower)) return (EntityType.Organization, last);
        var head = words[first].Lower;
        // "Chambres fédérales", "Usines de…": a plural head is still a head.
        if (head.Length > 4 && head[^1] == 's' && !OrganizationCues.Heads.Contains(head) && !OrganizationCues.PlaceCueHeads.Contains(head)) head = head[..^1];
        if (OrganizationCues.Heads.Contains(head) || OrganizationCues.PlaceCueHeads.Contains(head))
        {
            bool organization = OrganizationCues.Heads.Contains(head);
            int extended = LowerCaseComplement.Extend(text, words, last, !organization);
            var extendedName = text[words[first].Start..words[extended].End];
            if (Places.Lookup(extendedName) is not null) return (EntityType.Place, extended);
            // A bare "Conseil", "Union", "Rue" names no one in particular; nor does a body every town has
            // ("le Conseil général", "le Conseil communal") unless a place follows ("Conseil général de la Gironde").
            if (extended == first || organization && LocalBody.IsGeneric(words, first, extended)) return (EntityType.Other, extended);
            return (organization ? EntityType.Organization : EntityType.Place, extended);
        }
        if ((OrganizationCues.Suffixes.Contains(words[last].Lower) || OrganizationCues.Heads.Contains(words[last].Lower)) && last > first
            || WellKnownAcronyms.IsOrganizationName(name) || first == last && InstitutionCompound(words[first].Lower))
            return (EntityType.Organization, last);
        return null;
    }

    private static EntityType? FromTitleOrGazetteer(Word[] words, NameRun run, string name)
    {
        int first = run.First;
        bool titleBefore = run.TitleInside || first > 0 && TitleWords.IsTitle(words[first - 1].Lower);
        if (!titleBefore && SportsClub.InitialsBefore(words, first)) return EntityType.Organization;
        if (titleBefore || InitialBefore(words, first)) return EntityType.Person;
        if (Places.Lookup(name) is not null) return EntityType.Place;
        if (GivenNames.IsGivenName(words[first].Lower) && run.Last > first) return EntityType.Person;
        return null;
    }

    // "J. Dupont", "F. Honegger": a capital initial with its period right before the name ("M." is the honorific).
    private static bool InitialBefore(Word[] words, int first) =>
        first > 0 && words[first - 1].Length == 1 && words[first - 1].Shape == WordShape.Capitalized && words[first - 1].Lower is not ("m" or "a" or "l" or "d")
        && words[first - 1].End + 2 == words[first].Start;

    private static EntityType? FromContext(string text, Word[] words, NameRun run)
    {
        int first = run.First, last = run.Last;
        var firstWord = words[first];
        bool hasPrev = first > 0;
        var prev = hasPrev ? words[first - 1] : default;
        bool lowerPrev = hasPrev && prev.Shape == WordShape.Lower;
        if (hasPrev && LowerCaseOrganizationBefore(words, first)) return EntityType.Organization;
        if (!(lowerPrev && prev.Lower is "de" or "d" or "du" or "des") && InstitutionApposition(text, words, last)) return EntityType.Organization;
        if (hasPrev && LowerCasePlaceBefore(words, first)) return EntityType.Place;
        // "à Liestal", "en Engadine"; but "céder son maillot à Abraham Olano": a full name after "à" is a person.
        if (lowerPrev && FunctionWords.IsPlacePreposition(prev.Lower) && (first == last || !AllNameShaped(words, first, last))) return EntityType.Place;
        // "la Yougoslavie", "de la Bosnie", "la Normandie": a lone feminine "-ie" name after an article is a country or region.
        if (lowerPrev && first == last && prev.Lower is "la" or "l" && firstWord.Shape == WordShape.Capitalized && firstWord.Lower.Length > 4
            && firstWord.Lower.EndsWith("ie", StringComparison.Ordinal)) return EntityType.Place;
        if (lowerPrev && first == last && FunctionWords.IsDefiniteArticle(prev.Lower) && Demonyms.IsSingularDemonym(firstWord.Lower)) return EntityType.Other;
        if (Dateline.Opens(text, words, first, last)) return EntityType.Place;
        return null;
    }

    /// <summary>
    /// A name with no cue after a definite article: people's bare names take none, so it is a place or an institution.
    /// In French such a name without an institution word is most often a place — a river, a mountain, a region, a
    /// building ("la Save", "le Lôtschberg", "l'Engadine", "du Palais de Buckingham"): a guess that a cue elsewhere in
    /// the document overrides. English "the" keeps the institution reading ("the Kremlin", "the Taliban").
    /// </summary>
    private static Typing? AfterArticle(Word[] words, NameRun run, DocumentEvidence? evidence)
    {
        int first = run.First, last = run.Last;
        if (first == 0 || words[first - 1].Shape != WordShape.Lower || !FunctionWords.IsDefiniteArticle(words[first - 1].Lower)) return null;
        if (words[first - 1].Lower == "the") return new Typing(EntityType.Organization, last, false);
        if (first == last && CapitalisedCommonNoun(words, first, evidence)) return null;
        return new Typing(EntityType.Place, last, true);
    }

    /// <summary>
    /// A lone capitalised word that is a common noun given a capital: it goes on in lower case ("la Croix de fer",
    /// "la Légion d'honneur", "le Chemin de fer", "la Seconde Guerre mondiale") or the document writes it in lower case
    /// elsewhere ("la Cantate" and "une cantate"). Places rarely do either.
    /// </summary>
    private static bool CapitalisedCommonNoun(Word[] words, int k, DocumentEvidence? evidence)
    {
        if (evidence is not null && evidence.SeenInLowerCase(words[k].Lower)) return true;
        if (k + 1 >= words.Length || !words[k + 1].JoinedToPrevious || words[k + 1].Shape != WordShape.Lower) return false;
        var next = words[k + 1];
        if (next.Lower is "de" or "d" or "des")
            return k + 2 < words.Length && words[k + 2].JoinedToPrevious && words[k + 2].Shape == WordShape.Lower && !FunctionWords.IsFunctionWord(words[k + 2].Lower, "fr");
        return next.Length >= 4 && !FunctionWords.IsFunctionWord(next.Lower, "fr") && LowerCaseComplement.IsAdjectiveLike(next.Lower);
    }

    // "le journal russe Izvestia", "la société Acme", "les firmes d'investissement X": a lower-case institution word just
    // before the name, with its adjectives or a "de" complement in between ("l'université de Lausanne" is a place: the
    // "de" must introduce a lower-case noun, not the name).
    private static bool LowerCaseOrganizationBefore(Word[] words, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--)
        {
            if (words[k].Shape != WordShape.Lower || !words[k + 1].JoinedToPrevious) return false;
            if (OrganizationCues.IsLowerCaseHead(words[k].Lower)) return true;
            if (!FunctionWords.IsFunctionWord(words[k].Lower, "fr")) continue;
            bool complement = words[k].Lower is "de" or "d" && k + 1 < first && !FunctionWords.IsFunctionWord(words[k + 1].Lower, "fr");
            if (!complement) return false;
        }
        return false;
    }

    // "Varnell, une petite fabrique suédoise", "Studio Nova », un groupe de jeunes": an apposition whose noun is an
    // institution word says what the name is.
    private static bool InstitutionApposition(string text, Word[] words, int last)
    {
        int k = last + 1;
        if (k + 1 >= words.Length) return false;
        var gap = text.AsSpan(words[last].End, words[k].Start - words[last].End).Trim();
        if (gap.Length == 0 || gap[^1] != ',' || gap.Length > 3) return false;
        if (words[k].Lower is not ("un" or "une" or "la" or "le" or "l")) return false;
        for (int j = k + 1; j < words.Length && j <= k + 3; j++)
        {
            if (words[j].Shape != WordShape.Lower || !words[j].JoinedToPrevious) return false;
            if (OrganizationCues.IsLowerCaseHead(words[j].Lower)) return true;
            if (FunctionWords.IsFunctionWord(words[j].Lower, "fr")) return false;
        }
        return false;
    }

    // "canton de Vaud", "la ville de Bex", "rue du Rhône".
    private static bool LowerCasePlaceBefore(Word[] words, int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (words[k].Shape != WordShape.Lower || !words[k + 1].JoinedToPrevious) return false;
            if (OrganizationCues.PlaceCueHeads.Contains(words[k].Lower)) return true;
            if (!FunctionWords.IsParticle(words[k].Lower)) return false;
        }
        return false;
    }

    private static bool AllNameShaped(Word[] words, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if (words[k].Shape != WordShape.Capitalized && !FunctionWords.IsParticle(words[k].Lower)) return false;
        return true;
    }
}
