using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Seasons (TIMEX3 SP, SU, FA, WI): "l'été", "cet hiver", "l'automne dernier", "le printemps 1998", "l'été 98.", "au printemps",
/// "en été", "en plein hiver", "la fin de l'été", and counted from the narrative's time: "l'été suivant", "l'hiver précédent",
/// "cet été-là", "the following spring" (<see cref="TimeResolver"/> reads them against the last date the text gave). "été" alone is mostly the participle ("a été"), so a season needs a determiner,
/// "en"/"au", a year or "dernier"/"prochain" next to it.
/// </summary>
internal static partial class SeasonGrammar
{
    [GeneratedRegex(@"(?:\b(?<mod>(?:la\s+|le\s+)?(?:fin|début|milieu|cœur|coeur))\s+(?:du\s+|de\s+))?(?:\b(?<det>cet|ce|cette|l['’]|le)\s*|(?<=\b(?:en|au|du)\s)(?:(?<mod>plein)\s+)?)(?<season>été|hiver|printemps|automne)(?:-ci|(?<that>-là))?(?![\p{L}-])(?:\s+(?<year>(?:19|20)[0-9]{2}|['’][0-9]{2}|[0-9]{2}(?=\s*[,.;:)]))(?![\d\p{L}]))?(?:\s+(?<rel>dernier|prochain|passé|précédent|suivant|d['’]avant|d['’]après)(?!\p{L}))?", Options)]
    private static partial Regex FrenchSeason();

    public static readonly IReadOnlyList<TimeRule> French = [new(RuleKind.Season, FrenchSeason())];

    [GeneratedRegex(@"\b(?<det>the)\s+(?<rel>following|next|previous|preceding)\s+(?<season>summer|winter|spring|autumn|fall)\b|(?:\b(?<mod>early|late|mid)-?\s*)?(?:\b(?<det>this|last|next|the|that)\s+|(?<=\b(?:in|early|late|mid)[\s-]))(?<season>summer|winter|spring|autumn)\b(?:\s+(?:of\s+)?(?<year>(?:19|20)[0-9]{2})\b)?|(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<det>this|last|next)\s+(?<season>fall)\b|\b(?<season>fall)\s+(?:of\s+)?(?<year>(?:19|20)[0-9]{2})\b", EnglishWords.Options)]
    private static partial Regex EnglishSeason();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.Season, EnglishSeason())];
}
