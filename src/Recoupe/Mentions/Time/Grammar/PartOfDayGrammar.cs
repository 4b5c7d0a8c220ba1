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
    [GeneratedRegex(@"\b(?<pre>la)\s+(?<part>nuit)\s+(?<rel>dernière)\b|\b(?<pre>ce|cet|cette)\s+(?<part>matin|après-midi|soir|nuit|midi)\b(?!-là|\s+là)|\b(?<pre>la|le)\s+(?<part>nuit|matin|soir)\s+même\b|\b(?<pre>la|l['’])\s*(?<part>nuit|soirée|matinée|après-midi)\b(?!\s+(?:de|du|des|d['’])\s)|(?<=\ben\s)(?<pre>(?:début|fin|milieu)\s+(?:de\s+|d['’]))(?<part>matinée|soirée|après-midi|nuit|journée)\b|(?<=\ben\s)(?<part>soirée|matinée)\b|\b(?<pre>tard\s+le|tôt\s+le)\s+(?<part>soir|matin)\b" +
        // the edges of the day: dawn and dusk, early morning, midday; "tard dans" stays out of "la nuit" (a signal, as "jusqu'à")
        @"|\b(?<pre>l['’])(?<part>aube)\b(?!\s+(?:de|du|des|d['’])\s*\p{L})|\b(?<part>petit\s+(?:matin|jour))\b|\b(?<pre>le\s+)?(?<part>crépuscule)\b(?!\s+(?:de|du|des|d['’])\s*\p{L})" +
        @"|\b(?<pre>la\s+)(?<part>tombée\s+(?:de\s+la\s+nuit|du\s+jour|du\s+soir))\b|\b(?<pre>la\s+)?(?<part>mi-journée)\b", Options)]
    private static partial Regex FrenchPartOfDay();

    [GeneratedRegex(@"\b(?:la\s+)?nuit\s+(?:de|du)\s+(?:(?<wd>" + Weekday + @")|(?<day>" + Day + @"))\s+(?:à|au)\s+(?:(?<wd2>" + Weekday + @")|(?<day2>" + Day + @")(?:\s+(?<month>" + MonthAny + @"))?)\b|\b(?:la\s+)?nuit\s+de\s+(?<wd>" + Weekday + @")\b" +
        // another part of a named day: "le soir du 3 mai", "la matinée de jeudi", "l'après-midi du 2 juin 2021", "l'aube de mercredi"
        @"|\b(?:le|la|l['’])\s*(?<part>matin|soir|matinée|soirée|après-midi|aube)\s+(?:du|de)\s+(?:(?<wd>" + Weekday + @")|(?<day>" + Day + @")\s+(?<month>" + MonthAny + @")(?:\s+(?<year>(?:1[89]|20)[0-9]{2}))?)(?![\p{L}\d])", Options)]
    private static partial Regex FrenchNightOf();

    public static readonly IReadOnlyList<TimeRule> French = [new(RuleKind.PartOfDay, FrenchPartOfDay()), new(RuleKind.NightOf, FrenchNightOf())];

    [GeneratedRegex(@"\b(?<part>dawn|dusk|daybreak|nightfall)\b|\b(?<pre>this|last)\s+(?<part>morning|afternoon|evening|night)\b|\b(?<pre>early|late)\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening|night)\b", EnglishWords.Options)]
    private static partial Regex EnglishPartOfDay();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.PartOfDay, EnglishPartOfDay())];
}
