using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Parts of a day (TIMEX3 MO, AF, EV, NI): "ce matin", "cette nuit", "la nuit dernière", "la soirée", "l'après-midi",
/// "(en) fin d'après-midi", "(en) soirée", "la nuit de samedi à dimanche". "en" is a preposition outside the expression. Parts after a day name are read with the
/// day ("lundi soir", "hier en fin d'après-midi": <see cref="DateGrammar"/>, <see cref="DeicticGrammar"/>).
/// A part without a day takes that of the nearest date in the text.
/// </summary>
internal static partial class PartOfDayGrammar
{
    [GeneratedRegex(@"\b(?<pre>la)\s+(?<part>nuit)\s+(?<rel>dernière)\b|\b(?<pre>ce|cet|cette)\s+(?<part>matin|après-midi|soir|nuit|midi)\b(?!-là|\s+là)|\b(?<pre>la|le)\s+(?<part>nuit|matin|soir)\s+même\b|\b(?<pre>la|l['’])\s*(?<part>nuit|soirée|matinée|après-midi)\b(?!\s+(?:de|du|des|d['’])\s)|(?<=\ben\s)(?<pre>(?:début|fin|milieu)\s+(?:de\s+|d['’]))(?<part>matinée|soirée|après-midi|nuit|journée)\b|(?<=\ben\s)(?<part>soirée|matinée)\b|\b(?<pre>tard\s+le|tôt\s+le)\s+(?<part>soir|matin)\b", Options)]
    private static partial Regex FrenchPartOfDay();

    [GeneratedRegex(@"\b(?:la\s+)?nuit\s+(?:de|du)\s+(?:(?<wd>" + Weekday + @")|(?<day>" + Day + @"))\s+(?:à|au)\s+(?:(?<wd2>" + Weekday + @")|(?<day2>" + Day + @")(?:\s+(?<month>" + MonthAny + @"))?)\b|\b(?:la\s+)?nuit\s+de\s+(?<wd>" + Weekday + @")\b", Options)]
    private static partial Regex FrenchNightOf();

    public static readonly IReadOnlyList<TimeRule> French = [new(RuleKind.PartOfDay, FrenchPartOfDay()), new(RuleKind.NightOf, FrenchNightOf())];

    [GeneratedRegex(@"\b(?<pre>this|last)\s+(?<part>morning|afternoon|evening|night)\b|\b(?<pre>early|late)\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening|night)\b", EnglishWords.Options)]
    private static partial Regex EnglishPartOfDay();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.PartOfDay, EnglishPartOfDay())];
}
