using Recoupe.Mentions.Gazetteers;
using Recoupe.Mentions.Names;

namespace Recoupe.Mentions.Resolution;

/// <summary>
/// An organisation's name that is a shorter name qualified by its country: "Conseil national de la jeunesse du Canada",
/// "Conseil national de la jeunesse canadien", "Canadian National Youth Council" all read as ("conseil national de la
/// jeunesse", CA). Outlets name a body with or without its country, and each way in a single article; the merge joins such
/// names when a story gives the body one country only (<see cref="MergeRules.NationalQualifiers"/>).
/// </summary>
internal readonly record struct NationalQualifier(string FoldedBase, string Country)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "du", "des", "of" };
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "la", "le", "les", "the" };

    /// <summary>The name without its country and the country's code, or null when the name carries no country.</summary>
    public static NationalQualifier? Of(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3) return null;
        // French: an adjective after the name ("… canadien"): lower case, as French writes adjectives of nationality.
        var last = words[^1];
        if (char.IsLower(last[0]) && NationalAdjectives.CountryOf(last) is { } adjective)
            return Make(words[..^1], adjective);
        // "… du Canada", "… de l'Inde", "… d'Italie", "… of the United States": the last complement that names a country.
        for (int i = words.Length - 1; i >= 2; i--)
        {
            var w = words[i];
            string? place = null;
            if (Connectors.Contains(w) && i + 1 < words.Length)
            {
                int from = i + 1;
                if (Articles.Contains(words[from]) && from + 1 < words.Length) from++;
                place = string.Join(' ', words[from..]);
                if (place.StartsWith("l'", StringComparison.Ordinal) || place.StartsWith("l’", StringComparison.Ordinal)) place = place[2..];
            }
            else if ((w.StartsWith("d'", StringComparison.Ordinal) || w.StartsWith("d’", StringComparison.Ordinal)) && w.Length > 2)
                place = string.Join(' ', [w[2..], .. words[(i + 1)..]]);
            if (place is null) continue;
            if (Places.Lookup(place.AsSpan()) is { Kind: PlaceKind.Country } country) return Make(words[..i], country.Code);
            break;
        }
        // English: the country before the name ("US …", "British …"), capitalised.
        var first = words[0];
        if (char.IsUpper(first[0]))
        {
            var code = NationalAdjectives.CountryOf(first)
                ?? (Places.Lookup(first.AsSpan()) is { Kind: PlaceKind.Country } p ? p.Code : null)
                ?? Places.LookupCode(first.ToUpperInvariant())?.Code;
            if (code is not null) return Make(words[1..], code);
        }
        return null;
    }

    // The base must stay a name of its own: two words at least, not ending on a connector or an article.
    private static NationalQualifier? Make(string[] baseWords, string country)
    {
        if (baseWords.Length < 2 || Connectors.Contains(baseWords[^1]) || Articles.Contains(baseWords[^1])) return null;
        return new NationalQualifier(TextFold.Fold(string.Join(' ', baseWords)), country);
    }
}
