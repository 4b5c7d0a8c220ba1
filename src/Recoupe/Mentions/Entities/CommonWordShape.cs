namespace Recoupe.Mentions.Entities;

/// <summary>
/// Endings of French adverbs, adjectives and participles ("Vaguement", "Inséparables", "Heureux", "Chargés"): a lone
/// capitalised word with one of them is an OCR or typesetting accident far more often than a surname, so it is not
/// guessed to be a person.
/// </summary>
public static class CommonWordShape
{
    private static readonly string[] Endings = ["ement", "ements", "ables", "ibles", "able", "ible", "eux", "euse", "euses", "ives", "ées", "és"];

    public static bool Looks(string lower)
    {
        if (lower.Length < 5) return false;
        foreach (var e in Endings)
            if (lower.EndsWith(e, StringComparison.Ordinal)) return true;
        return false;
    }
}
