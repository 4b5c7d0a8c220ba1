using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Keys that group the variants of one entity inside a document: a surname alone ("Radcliff") joins the
/// only person whose full name ends (or, for East Asian order, begins) with it; an acronym joins the long
/// name it follows in brackets ("Comité de vigilance portuaire (CVP)") or whose initials it spells.
/// </summary>
internal static class DocumentKeys
{
    /// <param name="unifyTypes">Give one type to each name by the rules' votes (the rule recogniser); a statistical
    /// recogniser settles types itself and passes false.</param>
    public static void Assign(string text, List<Candidate> candidates, string language, bool unifyTypes = true)
    {
        if (unifyTypes) UnifyTypes(candidates);
        foreach (var c in candidates) c.Key = NameKey.For(c.Type, c.Name, language);
        LeadingWordsOfCompanies(candidates);
        LinkAcronyms(text, candidates);
        LinkShortNames(candidates);
    }

    /// <summary>
    /// "Harlow Atlantic" and "Brentwood Capital" guessed persons in a document that names "Harlow Atlantic
    /// Corporation" and "Brentwood Capital Corp.": a guessed name made of the first words of an organisation's name is that
    /// organisation, cut short.
    /// </summary>
    private static void LeadingWordsOfCompanies(List<Candidate> candidates)
    {
        // Every leading part of every organisation name, folded ("continental", "continental illinois"), with the key
        // of its organisation, or null when two organisations start so (no telling which): linear in the names' words.
        // Nothing to do without a guessed name of several words (most documents): skip building the prefixes.
        if (!candidates.Exists(c => c.Guessed && !c.IsSingleWord && c.Type != EntityType.Organization)) return;
        Dictionary<string, string?>? prefixes = null;
        foreach (var c in candidates)
        {
            if (c.Type != EntityType.Organization || c.Guessed || c.IsSingleWord) continue;
            var folded = TextFold.Fold(c.Name);
            for (int space = folded.IndexOf(' '); space > 0; space = folded.IndexOf(' ', space + 1))
            {
                var prefix = folded[..space];
                prefixes ??= new Dictionary<string, string?>(StringComparer.Ordinal);
                prefixes[prefix] = prefixes.TryGetValue(prefix, out var known) && known != c.Key ? null : c.Key;
            }
        }
        if (prefixes is null) return;
        foreach (var c in candidates)
        {
            if (!c.Guessed || c.IsSingleWord || c.Type == EntityType.Organization) continue;
            if (!prefixes.TryGetValue(TextFold.Fold(c.Name), out var key) || key is null) continue;
            c.Type = EntityType.Organization;
            c.Key = key; // the same organisation: its short form ("Harlow") then joins it alone
        }
    }

    // The same name gets one type in a document: the gazetteer's word wins, else the most frequent type read from a
    // cue; types that were only guesses count when no occurrence has a cue ("à Liestal" types "Liestal, 7 (ATS)").
    private static void UnifyTypes(List<Candidate> candidates)
    {
        // Groups of the same folded name as runs of a sorted index (no list per name: this runs on every document).
        int n = candidates.Count;
        if (n < 2) return;
        var folded = new string[n];
        var order = new int[n];
        for (int i = 0; i < n; i++) { folded[i] = TextFold.Fold(candidates[i].Name); order[i] = i; }
        Array.Sort(folded, order, StringComparer.Ordinal);
        Span<int> cued = stackalloc int[VoteSlots], guessed = stackalloc int[VoteSlots];
        for (int start = 0, end; start < n; start = end)
        {
            end = start + 1;
            while (end < n && string.Equals(folded[end], folded[start], StringComparison.Ordinal)) end++;
            if (end - start < 2) continue;
            cued.Clear(); guessed.Clear();
            bool titledPerson = false;
            for (int k = start; k < end; k++)
            {
                var c = candidates[order[k]];
                if (c.Type == EntityType.Person && c.RoleSpan is not null) titledPerson = true;
                // A cued "not an entity" ("les Suédois") is a vote too; a guessed one is not.
                if (c.Type == EntityType.Other && c.Guessed || (int)c.Type >= VoteSlots) continue;
                if (c.Guessed) guessed[(int)c.Type]++; else cued[(int)c.Type]++;
            }
            EntityType type;
            if (Gazetteers.Places.LookupFolded(folded[start]) is not null && !titledPerson) type = EntityType.Place;
            else type = Winner(cued) ?? Winner(guessed) ?? EntityType.Other;
            bool anyCue = false;
            for (int k = start; k < end; k++) anyCue |= !candidates[order[k]].Guessed;
            for (int k = start; k < end; k++) { var c = candidates[order[k]]; c.Type = type; c.Guessed = !anyCue; }
        }
    }

    private const int VoteSlots = 8;

    private static EntityType? Winner(ReadOnlySpan<int> votes)
    {
        int best = -1;
        for (int t = 0; t < votes.Length; t++)
            if (votes[t] > 0 && (best < 0 || votes[t] > votes[best])) best = t;
        return best < 0 ? null : (EntityType)best;
    }

    private static void LinkAcronyms(string text, List<Candidate> candidates)
    {
        // Initials of every long non-person name, once: acronyms are then looked up, not compared pairwise. Built at the
        // first acronym that needs them: most documents have none, and the initials cost two strings per name.
        Dictionary<string, Candidate>? byInitials = null;
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            // "WALL STREET (AFP)": an agency in brackets signs the dispatch; it abbreviates nothing before it.
            if (!c.IsSingleWord || !AcronymMatcher.IsAcronym(c.Name) || Lexicon.OrganizationCues.IsNewsAgency(c.Name)) continue;
            Candidate? target = null;
            // "Long Name (ACR)": the acronym right after a long name, in brackets.
            if (i > 0 && !candidates[i - 1].IsSingleWord && candidates[i - 1].End <= c.Start
                && text.AsSpan(candidates[i - 1].End, c.Start - candidates[i - 1].End).Trim() is "(")
                target = candidates[i - 1];
            target ??= (byInitials ??= InitialsIndex(candidates)).GetValueOrDefault(AcronymMatcher.Letters(c.Name));
            if (target is null) continue;
            c.Type = target.Type;
            c.Key = target.Key;
        }
    }

    // The initials of the long non-person names. The acronym loop changes single words only, which the index leaves
    // out, so built late it holds what it would have held built first.
    private static Dictionary<string, Candidate> InitialsIndex(List<Candidate> candidates)
    {
        var byInitials = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var o in candidates)
        {
            if (o.IsSingleWord || o.Type == EntityType.Person) continue;
            var (content, all) = AcronymMatcher.Initials(o.Name);
            if (content is { Length: >= 2 }) byInitials.TryAdd(content, o);
            if (all is { Length: >= 2 }) byInitials.TryAdd(all, o);
        }
        return byInitials;
    }

    private static void LinkShortNames(List<Candidate> candidates)
    {
        // Per type and word, the one key of the multi-word names ending (byLast) or starting (byFirst) with that word, or
        // null when names of several keys do. (A set of keys per word, and keys built as type + word strings, were a
        // fifth of what the key pass allocated.)
        Dictionary<(EntityType, string), string?>? byLast = null, byFirst = null;
        bool[]? indexed = null; // the names read into the indexes, which give a key's display name and type below
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.IsSingleWord || c.Type is not (EntityType.Person or EntityType.Organization)) continue;
            var w = NameWordKeys.WrittenWords(c.Name);
            if (w.Length < 2) continue;
            byLast ??= new Dictionary<(EntityType, string), string?>(candidates.Count);
            byFirst ??= new Dictionary<(EntityType, string), string?>(candidates.Count);
            (indexed ??= new bool[candidates.Count])[i] = true;
            Add(byLast, (c.Type, w[^1]), c.Key);
            Add(byFirst, (c.Type, w[0]), c.Key);
        }
        if (byLast is null || byFirst is null || indexed is null) return; // no key to link a short name to
        foreach (var c in candidates)
        {
            if (!c.IsSingleWord || AcronymMatcher.IsAcronym(c.Name) || c.Type == EntityType.Place && Gazetteers.Places.Lookup(c.Name) is not null) continue;
            var w = NameWordKeys.PersonKey(c.Name);
            string? key = Unique(byLast, (EntityType.Person, w)) ?? Unique(byFirst, (EntityType.Person, w));
            // "Toymakers" after "KMX Toymakers", "Harlow" after "Harlow Atlantic Corporation": a short form of a
            // company named in full, unless the word is a bare institution head ("le Conseil", "la Banque").
            if (key is null && (c.Type is EntityType.Organization or EntityType.Other || c.Guessed) && !IsBareHead(c.Name))
                key = Unique(byLast, (EntityType.Organization, w)) ?? Unique(byFirst, (EntityType.Organization, w));
            // The surname of two people of the document ("Abraham Olano", "Paul Olano"): a person still, of no known key.
            if (key is null && byLast.ContainsKey((EntityType.Person, w))) { c.Type = EntityType.Person; continue; }
            if (key is null) continue;
            // The first indexed name of that key gives its display form and type (this loop changes single words only).
            var named = candidates[FirstOfKey(candidates, indexed, key)];
            c.Key = key;
            c.Type = named.Type;
            c.Name = named.Name;
        }
    }

    private static int FirstOfKey(List<Candidate> candidates, bool[] indexed, string key)
    {
        for (int i = 0; i < indexed.Length; i++)
            if (indexed[i] && string.Equals(candidates[i].Key, key, StringComparison.Ordinal)) return i;
        throw new InvalidOperationException("a linked key comes from an indexed name");
    }

    // "Conseil", "Chambres": an institution word alone, singular or plural.
    private static bool IsBareHead(string name) =>
        Lexicon.OrganizationCues.Heads.ContainsSingularOf(name);

    private static void Add(Dictionary<(EntityType, string), string?> index, (EntityType, string) word, string key)
    {
        ref var known = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(index, word, out bool exists);
        known = !exists ? key : known is not null && string.Equals(known, key, StringComparison.Ordinal) ? known : null;
    }

    private static string? Unique(Dictionary<(EntityType, string), string?> index, (EntityType, string) word) =>
        index.GetValueOrDefault(word);
}
