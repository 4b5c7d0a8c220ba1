using Recoupe.Mentions.Lexicon;

namespace Recoupe.Mentions.Entities;

/// <summary>
/// "Suisse romande", "Europe occidentale", "Amérique méridionale", "Allemagne fédérale": a lower-case adjective of
/// region right after a place name makes a region of its own, so it belongs to the name.
/// </summary>
public static class PlaceQualifier
{
    private static readonly WordSet Adjectives = new(
        "romande romand alémanique orientale oriental occidentale occidental méridionale méridional septentrionale " +
        "septentrional centrale central insulaire continentale continental fédérale");

    public static int Extend(Word[] words, int last)
    {
        int next = last + 1;
        return next < words.Length && words[next].JoinedToPrevious && words[next].Shape == WordShape.Lower && Adjectives.Contains(words[next].Lower)
            ? next : last;
    }
}
