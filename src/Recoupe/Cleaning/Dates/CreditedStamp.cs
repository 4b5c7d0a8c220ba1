using System.Text.RegularExpressions;

namespace Recoupe.Cleaning.Dates;

/// <summary>
/// A date stamp set among credits on one line, the pieces parted by dashes, pipes or bullets: "May 2, 2025 — Reuters",
/// "Par Jeanne Roux | L'Écho du Val | 3 mars 2024", "Agence Nordique · 12/04/2024". The date is the publication stamp
/// and what is left is the credits (an author, an outlet, an agency), not text: such a line must neither become the
/// title nor hide its date. Every other piece must be a short name-shaped credit, so a sentence with a date and a dash
/// is never taken.
/// </summary>
public static partial class CreditedStamp
{
    private const int MaxCreditWords = 6;
    private const int MaxCreditLength = 60;

    [GeneratedRegex(@"\s*[|—–·•]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:(?i:par|by|von|por|di)\s+)?\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex NameShaped();

    /// <summary>The stamp, the piece that holds it, and the credits around it in line order, or null when the line is not a
    /// stamp among credits.</summary>
    public static (StampLineMatch Stamp, string StampText, IReadOnlyList<string> Credits)? Match(string line)
    {
        if (line.Length > 200) return null;
        var pieces = Separator().Split(line.Trim());
        if (pieces.Length < 2) return null;
        StampLineMatch? stamp = null;
        string stampText = "";
        var credits = new List<string>(pieces.Length - 1);
        foreach (var piece in pieces)
        {
            if (piece.Length == 0) continue;
            if (stamp is null && StampLine.Match(piece) is { WholeLine: true } whole) { stamp = whole; stampText = piece; continue; }
            if (!IsCredit(piece)) return null;
            credits.Add(piece);
        }
        return stamp is null || credits.Count == 0 ? null : (stamp with { WholeLine = true, PrefixLength = line.Length }, stampText, credits);
    }

    private static bool IsCredit(string piece) =>
        piece.Length <= MaxCreditLength && NameShaped().IsMatch(piece) && !piece.TrimEnd().EndsWith('.')
        && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxCreditWords;
}
