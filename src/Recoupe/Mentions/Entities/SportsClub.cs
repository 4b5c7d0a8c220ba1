namespace Recoupe.Mentions.Entities;

/// <summary>
/// Sports clubs named by the initials of their kind and their town: "le H. C. Chaux-de-Fonds" (hockey club),
/// "F. C. Sion" (football club). Two initials that spell a club kind right before a name make it a club, not a
/// person's initials ("H. C. Andersen" is told apart by the place after them: a club is named after its town).
/// </summary>
public static class SportsClub
{
    private static readonly Lexicon.WordSet Kinds = new("fc hc ac sc as cs us rc sv fk cp bc vc tc");

    /// <summary>Whether words[first - 2], words[first - 1] are club initials with their periods ("H. C.") and words[first] a known place.</summary>
    public static bool InitialsBefore(Word[] words, int first)
    {
        if (first < 2) return false;
        Word a = words[first - 2], b = words[first - 1];
        if (a.Length != 1 || b.Length != 1 || !char.IsLetter(a.Lower[0]) || !char.IsLetter(b.Lower[0])) return false;
        if (a.End + 2 != b.Start || b.End + 2 != words[first].Start) return false;
        Span<char> pair = [a.Lower[0], b.Lower[0]];
        return Kinds.Contains(new string(pair)) && IsTown(words[first].Lower);
    }

    // "Lausanne", and "Chaux-de-Fonds" for "La Chaux-de-Fonds": clubs drop the article of their town.
    private static bool IsTown(string lower) =>
        Gazetteers.Places.Lookup(lower) is not null || Gazetteers.Places.Lookup("la " + lower) is not null || Gazetteers.Places.Lookup("le " + lower) is not null;
}
