using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Decades and centuries, written as TIMEX3 values padded with X ("les années 60" 196X, "le XIXe siècle" 18XX):
/// "les années 1990", "début des années 80", "les années soixante", "la fin du XIXe siècle", "au 20e siècle",
/// "the 1970s", "the late 19th century".
/// </summary>
internal static partial class EraGrammar
{
    private const string DecadeWord = "vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?";

    [GeneratedRegex(@"(?:\b(?<mod>(?:le\s+)?(?:début|fin|milieu))\s+des\s+|\b(?<det>les)\s+)?\bannées\s+(?<dec>(?:19|20)?[0-9]0|" + DecadeWord + @")(?![\p{L}\d])", Options)]
    private static partial Regex FrenchDecade();

    [GeneratedRegex(@"(?:\b(?<mod>(?:la\s+)?(?:fin|début|milieu|moitié))\s+du\s+|\b(?<det>le)\s+)?\b(?<c>[XVI]{1,5}|[0-9]{1,2})(?:e|ème|è|ᵉ)\s+siècle\b", Options)]
    private static partial Regex FrenchCentury();

    public static readonly IReadOnlyList<TimeRule> French = [new(RuleKind.Decade, FrenchDecade()), new(RuleKind.Century, FrenchCentury())];

    [GeneratedRegex(@"(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<dec>(?:19|20)[0-9]0|['’][0-9]0)s\b", EnglishWords.Options)]
    private static partial Regex EnglishDecade();

    [GeneratedRegex(@"(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<c>[0-9]{1,2})(?:st|nd|rd|th)[\s-]+century\b", EnglishWords.Options)]
    private static partial Regex EnglishCentury();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.Decade, EnglishDecade()), new(RuleKind.Century, EnglishCentury())];
}
