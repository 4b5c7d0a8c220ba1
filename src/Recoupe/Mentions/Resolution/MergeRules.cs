using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;
using Recoupe.Model;

namespace Recoupe.Mentions.Resolution;

/// <summary>The rules that merge local entities across documents, one method each.</summary>
internal static class MergeRules
{
    /// <summary>Equal keys are one entity: keys already fold case, accents, hyphens and transliteration.</summary>
    public static void SameKey(List<LocalEntity> locals, UnionFind sets)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            if (first.TryGetValue(locals[i].Key, out var j)) sets.Union(i, j);
            else first[locals[i].Key] = i;
        }
    }

    /// <summary>The same name (case, accents and hyphens aside) typed differently in two articles is still one entity.</summary>
    public static void SameName(List<LocalEntity> locals, UnionFind sets)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            var name = locals[i].Reading.FoldedName;
            if (first.TryGetValue(name, out var j)) sets.Union(i, j);
            else first[name] = i;
        }
    }

    /// <summary>"Moscou a démenti": a capital stands for its country when the country is in the story too.</summary>
    public static void CapitalsIntoCountries(List<LocalEntity> locals, UnionFind sets)
    {
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
            if (locals[i].Reading.Place is { Kind: PlaceKind.Country } p) countries.TryAdd(p.Code, i);
        for (int i = 0; i < locals.Count; i++)
            if (locals[i].Reading.Place is { Kind: PlaceKind.Capital, Country: { } c } && countries.TryGetValue(c, out var j))
                sets.Union(i, j);
    }

    /// <summary>An acronym defined next to a long name in one article ("(NSC)") or spelling a long name's initials.</summary>
    public static void Acronyms(List<LocalEntity> locals, UnionFind sets)
    {
        var defined = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            var l = locals[i];
            if (l.IsSingleWord) continue;
            foreach (var surface in l.Reading.AcronymSurfaces) defined.TryAdd(surface, i);
        }
        var byInitials = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            if (locals[i].IsSingleWord || locals[i].Type == EntityType.Person) continue;
            var (content, all) = locals[i].Reading.Initials;
            foreach (var initials in new[] { content, all })
            {
                if (initials is not { Length: >= 2 }) continue;
                if (!byInitials.TryGetValue(initials, out var list)) byInitials[initials] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
        for (int i = 0; i < locals.Count; i++)
        {
            var l = locals[i];
            if (!l.IsSingleWord || !l.Reading.IsAcronym) continue;
            if (defined.TryGetValue(l.Name, out var j)) { sets.Union(i, j); continue; }
            if (!byInitials.TryGetValue(l.Reading.Letters!, out var candidates)) continue;
            // Merge only when the initials name one entity of the story.
            if (candidates.Select(sets.Find).Distinct().Count() == 1) sets.Union(i, candidates[0]);
        }
    }

    /// <summary>
    /// "Conseil national de la jeunesse" / "… du Canada" / "… canadien" / "Canadian National Youth Council": a body named with
    /// and without its country is one entity when the story gives that name one country only; with two countries ("… du
    /// Canada", "… de Belgique") none of them joins, nor the bare name, which could be either.
    /// </summary>
    public static void NationalQualifiers(List<LocalEntity> locals, UnionFind sets)
    {
        Dictionary<string, (string Country, bool Mixed, List<int> Members)>? byBase = null;
        for (int i = 0; i < locals.Count; i++)
        {
            if (locals[i].Reading.National is not { } q) continue;
            byBase ??= new(StringComparer.Ordinal);
            if (!byBase.TryGetValue(q.FoldedBase, out var group)) group = (q.Country, false, []);
            group.Members.Add(i);
            byBase[q.FoldedBase] = group with { Mixed = group.Mixed || group.Country != q.Country };
        }
        if (byBase is null) return;
        for (int i = 0; i < locals.Count; i++)
            if (locals[i].Type == EntityType.Organization && locals[i].Reading.National is null
                && byBase.TryGetValue(locals[i].Reading.FoldedName, out var group))
                group.Members.Add(i);
        foreach (var (_, mixed, members) in byBase.Values)
            if (!mixed)
                for (int m = 1; m < members.Count; m++) sets.Union(members[0], members[m]);
    }

    /// <summary>"Mariane Holtby" / "Marianne Holtby": same surname key, first names one edit apart (long enough to be safe).</summary>
    public static void NearMisspellings(List<LocalEntity> locals, UnionFind sets)
    {
        var bySurname = new Dictionary<string, List<(int Index, string[] Words)>>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            if (locals[i].Type != EntityType.Person || locals[i].IsSingleWord) continue;
            var words = locals[i].Reading.PersonWords;
            if (words.Length < 2) continue;
            if (!bySurname.TryGetValue(words[^1], out var list)) bySurname[words[^1]] = list = [];
            list.Add((i, words));
        }
        foreach (var bucket in bySurname.Values)
            for (int a = 0; a < bucket.Count; a++)
                for (int b = a + 1; b < bucket.Count; b++)
                {
                    var x = bucket[a].Words; var y = bucket[b].Words;
                    if (x.Length != y.Length) continue;
                    var fx = string.Join(' ', x[..^1]); var fy = string.Join(' ', y[..^1]);
                    if (fx == fy || Math.Min(fx.Length, fy.Length) >= 5 && EditDistance.Bounded(fx, fy, 1) <= 1) sets.Union(bucket[a].Index, bucket[b].Index);
                }
    }

    /// <summary>A surname alone ("Radcliff", "Orlikov") joins the only multi-word person of the story that ends (or begins) with it.</summary>
    public static void ShortNames(List<LocalEntity> locals, UnionFind sets)
    {
        var byLast = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var orgByLast = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var orgByFirst = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < locals.Count; i++)
        {
            if (locals[i].IsSingleWord) continue;
            var words = locals[i].Reading.WrittenWords;
            if (words.Length < 2) continue;
            if (locals[i].Type == EntityType.Person)
            {
                Add(byLast, words[^1], sets.Find(i));
                Add(byFirst, words[0], sets.Find(i));
            }
            else if (locals[i].Type == EntityType.Organization)
            {
                Add(orgByLast, words[^1], sets.Find(i));
                Add(orgByFirst, words[0], sets.Find(i));
            }
        }
        for (int i = 0; i < locals.Count; i++)
        {
            var l = locals[i];
            if (!l.IsSingleWord || l.Reading.IsAcronym) continue;
            if (l.Type == EntityType.Place)
            {
                // "Whitcomb, the mayor, said…" read as a place in one article, "Mayor Ellen Whitcomb" in another: a word no
                // gazetteer knows as a place that is the family name of exactly one person of the story is that person.
                // A known place ("Washington", "Lincoln" when listed) stays a place.
                if (l.Reading.Place is null && Unique(byLast, NameKey.Person(l.Reading.Name), sets) is int person) sets.Union(i, person);
                continue;
            }
            var w = l.Reading.PersonKey!;
            int target = Unique(byLast, w, sets) ?? Unique(byFirst, w, sets) ?? (l.Type != EntityType.Person ? Unique(orgByLast, w, sets) ?? Unique(orgByFirst, w, sets) : null) ?? -1;
            if (target >= 0) sets.Union(i, target);
        }
    }

    private static void Add(Dictionary<string, HashSet<int>> index, string word, int root)
    {
        if (!index.TryGetValue(word, out var set)) index[word] = set = [];
        set.Add(root);
    }

    private static int? Unique(Dictionary<string, HashSet<int>> index, string word, UnionFind sets)
    {
        if (!index.TryGetValue(word, out var set)) return null;
        var roots = set.Select(sets.Find).Distinct().ToList();
        return roots.Count == 1 ? roots[0] : null;
    }
}
