using Recoupe.Model;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// Types that only the neighbouring names reveal, applied to guessed candidates once a document's names are known:
/// <list type="bullet">
/// <item>a name in brackets right after a name is where that person comes from or sits for, or the region of a
/// town: "M. Dind (Vaud)", "Olano (Esp)", "Chuard (Lausanne)", "Mézières (Vaud)";</item>
/// <item>the items of an enumeration share their type: "à Moldava, Bazias, Kovi, Pancevo et Semlin" — one place
/// known by its cue or the gazetteer makes the guessed others places too.</item>
/// </list>
/// </summary>
internal static class ContextTyping
{
    public static void Apply(string text, List<Candidate> candidates)
    {
        BracketAfterPerson(text, candidates);
        Enumerations(text, candidates);
    }

    private static void BracketAfterPerson(string text, List<Candidate> candidates)
    {
        for (int i = 1; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var p = candidates[i - 1];
            if (c.Last - c.First > 2) continue;
            // "JÉRUSALEM, 24 (Reuter).": the bracket after a dateline's day names the agency that sent the dispatch.
            if (c.Guessed && c.Start >= p.End && DatelineAgencyGap(text.AsSpan(p.End, c.Start - p.End)) && c.End < text.Length && text[c.End] == ')')
            {
                c.Type = EntityType.Organization;
                c.Guessed = false;
                continue;
            }
            if (!c.Guessed && c.Type is not (EntityType.Person or EntityType.Place)) continue;
            if (c.Start < p.End || text.AsSpan(p.End, c.Start - p.End).Trim() is not "(" || c.End >= text.Length || text[c.End] != ')') continue;
            c.Type = EntityType.Place;
            c.Guessed = false;
            // "7. Chanteur (Fr)": a name with no cue of its own, followed by a place in brackets, is a person.
            if ((p.Guessed || p.Type == EntityType.Other) && Gazetteers.Places.Lookup(p.Name) is null)
            {
                p.Type = EntityType.Person;
                p.Guessed = false;
            }
        }
    }

    private static void Enumerations(string text, List<Candidate> candidates)
    {
        int start = 0;
        for (int i = 1; i <= candidates.Count; i++)
        {
            if (i < candidates.Count && candidates[i].Start >= candidates[i - 1].End
                && IsListGap(text.AsSpan(candidates[i - 1].End, candidates[i].Start - candidates[i - 1].End))) continue;
            // Two names with only a comma between them are often a name and its apposition ("des États-Unis, Adriene
            // Holtby"): a list needs three items or a conjunction.
            if (i - start >= 3 || i - start == 2 && !IsComma(text, candidates[start], candidates[start + 1])) TypeList(candidates, start, i);
            start = i;
        }
    }

    // The items of one list: a place known for sure and no person known for sure make the guessed items places.
    private static void TypeList(List<Candidate> candidates, int from, int to)
    {
        bool place = false;
        for (int k = from; k < to; k++)
        {
            var c = candidates[k];
            if (c.Guessed) continue;
            if (c.Type == EntityType.Person) return;
            if (c.Type == EntityType.Place) place = true;
        }
        if (!place) return;
        for (int k = from; k < to; k++)
            if (candidates[k].Guessed && candidates[k].IsSingleWord) { candidates[k].Type = EntityType.Place; candidates[k].Guessed = false; }
    }

    // ", 24 (" between a dateline's place and the agency.
    private static bool DatelineAgencyGap(ReadOnlySpan<char> gap)
    {
        var g = gap.Trim();
        if (g.Length < 4 || g[0] != ',' || g[^1] != '(') return false;
        var day = g[1..^1].Trim();
        if (day.Length is 0 or > 2) return false;
        foreach (var ch in day) if (!char.IsDigit(ch)) return false;
        return true;
    }

    private static bool IsComma(string text, Candidate a, Candidate b) => text.AsSpan(a.End, b.Start - a.End).Trim() is ",";

    private static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var g = gap.Trim();
        return g is "," or "et" or "ou" or "and" or "or" or ", et" or ", and";
    }
}
