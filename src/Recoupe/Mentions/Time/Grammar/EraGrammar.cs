using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Decades and centuries, written as TIMEX3 values padded with X ("les années 60" 196X, "le XIXe siècle" 18XX):
/// "les années 1990", "début des années 80", "les années soixante", "la fin du XIXe siècle", "au 20e siècle",
/// "le dix-neuvième siècle", "le siècle dernier" (counted from the publication),
/// "the 1970s", "the 90s", "the nineties", "the late 19th century".
/// </summary>
internal static partial class EraGrammar
{
    private const string DecadeWord = "vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?";

    [GeneratedRegex(@"(?:\b(?<mod>(?:le\s+|la\s+)?(?:début|fin|milieu))\s+des\s+|\b(?<det>les)\s+)?\bannées\s+(?<dec>(?:19|20)?[0-9]0|" + DecadeWord + @")(?![\p{L}\d])|\b(?<det>la)\s+décennie\s+(?<dec>(?:19|20)?[0-9]0)(?![\p{L}\d])", Options)]
    private static partial Regex FrenchDecade();

    /// <summary>The ordinals of the centuries in words, first to twenty-first ("le dix-neuvième siècle").</summary>
    private const string CenturyWord = "premier|deuxième|second|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième|vingtième|vingt[- ]et[- ]unième";

    [GeneratedRegex(@"(?:\b(?<mod>(?:la\s+)?(?:fin|début|milieu|(?:(?:première|seconde|deuxième|dernière)\s+)?moitié|(?:premier|dernier)\s+quart))\s+du\s+|\b(?<det>le)\s+)?\b(?:(?<c>[XVI]{1,5}|[0-9]{1,2})(?:e|ème|è|ᵉ)|(?<cw>" + CenturyWord + @"))\s+siècle\b", Options)]
    private static partial Regex FrenchCentury();

    /// <summary>A century counted from the publication: "ce siècle", "le siècle dernier", "(au) siècle précédent", "le siècle prochain".</summary>
    [GeneratedRegex(@"\b(?<det>ce)\s+siècle\b(?!\s+(?:dernier|précédent|passé|prochain|suivant)\b)|(?:\b(?<det>le)\s+|(?<=\b(?:au|du)\s))siècle\s+(?<rel>dernier|précédent|passé|prochain|suivant)\b", Options)]
    private static partial Regex FrenchRelativeCentury();

    public static readonly IReadOnlyList<TimeRule> French = [new(RuleKind.Decade, FrenchDecade()), new(RuleKind.Century, FrenchCentury()), new(RuleKind.Century, FrenchRelativeCentury())];

    [GeneratedRegex(@"(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<dec>(?:19|20)[0-9]0|['’]?[0-9]0)s\b|(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<dec>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", EnglishWords.Options)]
    private static partial Regex EnglishDecade();

    [GeneratedRegex(@"(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<c>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+century\b", EnglishWords.Options)]
    private static partial Regex EnglishCentury();

    [GeneratedRegex(@"\b(?<det>this|last|next)\s+century\b|\bthe\s+(?<rel>previous|next|last)\s+century\b", EnglishWords.Options)]
    private static partial Regex EnglishRelativeCentury();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.Decade, EnglishDecade()), new(RuleKind.Century, EnglishCentury()), new(RuleKind.Century, EnglishRelativeCentury())];
}
