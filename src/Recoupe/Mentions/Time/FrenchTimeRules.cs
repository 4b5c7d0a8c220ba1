using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time;

/// <summary>
/// French time-expression patterns, spans following the French TimeBank guide: the determiner of a date
/// belongs to it ("le 5 mai", "le mois dernier"), prepositions do not ("en mai", "depuis 1990", "pendant trois jours"),
/// approximation and comparison words do ("vers 18 h", "plus de vingt ans", "environ une heure").
/// All patterns are compiled at build time and free of nested quantifiers (no backtracking blow-up on scraped text).
/// </summary>
internal static partial class FrenchTimeRules
{
    private const string Wd = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private const string MonthFull = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
    private const string MonthAny = MonthFull + @"|janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.";
    private const string Day = "1er|premier|3[01]|[12][0-9]|0?[1-9]";
    private const string NumWord = "une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille";
    private const string Num = @"\d+(?:[.,]\d+)?|(?:" + NumWord + @")(?:[- ]et[- ]une?|-(?:" + NumWord + @"))?|quelques|plusieurs|des|de\s+(?:longues|longs|nombreuses|nombreux)|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|centaine)\s+d['’]";
    private const string ExactNum = @"\d+(?:[.,]\d+)?|(?:" + NumWord + @")(?:[- ]et[- ]une?|-(?:" + NumWord + @"))?";
    private const string Unit = "secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|années?|an|décennies?|siècles?|trimestres?|semestres?|nuits?";
    private const string Part = @"matin|matinée|midi|après-midi|soir|soirée|nuit|en\s+(?:début|fin)\s+(?:de\s+|d['’])(?:matinée|journée|soirée|après-midi)|dans\s+la\s+(?:matinée|journée|soirée|nuit)";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<pre>\b(?:le|ce)\s+)?(?:\b(?<wd>" + Wd + @")\s+)?\b(?<day>" + Day + @")\s+(?<month>" + MonthAny + @")(?!\p{L})(?:\s+(?<year>\d{4}|'\d{2}|\d{2}(?=\s*[,.;)]))(?!\d))?(?:\s+(?<rel>dernier|prochain)\b)?", Options)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<pre>\ble\s+)?\b(?<day>[0-3]?[0-9])[/.](?<mnum>[01]?[0-9])[/.](?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[/.][0-9])|\b(?<year>(?:19|20)[0-9]{2})-(?<mnum>[01][0-9])-(?<day>[0-3][0-9])\b", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:\b(?<mod>début|fin|milieu|courant)\s+(?:de\s+|d['’])?|\b(?<mod>mi)-)?\b(?<month>" + MonthAny + @")(?!\p{L})\s+(?<year>(?:1[0-9]|20)[0-9]{2})\b", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:\b(?<mod>début|fin|milieu|courant)\s+(?:de\s+|d['’])?|\b(?<mod>mi)-)?\b(?<month>" + MonthFull + @")\b(?:\s+(?<rel>dernier|prochain)\b)?", Options)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?:\b(?<pre>ce|le)\s+(?:même\s+)?)?\b(?<wd>" + Wd + @")\b(?:\s+(?<rel>dernier|prochain|suivant|précédent)\b)?(?:\s+(?<part>" + Part + @")\b)?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:la\s+)?nuit\s+(?:de|du)\s+(?<wd>" + Wd + @")\s+(?:à|au)\s+(?<wd2>" + Wd + @")\b", Options)]
    private static partial Regex NightOf();

    [GeneratedRegex(@"\b(?<w>avant-hier|après-demain|hier|aujourd['’]hui|demain)(?!\p{L})(?:\s+(?<wd>" + Wd + @")\b|\s*\((?<wd>" + Wd + @")\))?(?:\s+(?<part>" + Part + @")\b)?", Options)]
    private static partial Regex DeicticDay();

    [GeneratedRegex(@"\b(?<pre>ce|cet|cette)\s+(?<part>matin|après-midi|soir|nuit|matinée|soirée|midi)\b|\b(?<pre>la|le)\s+(?<part>nuit|matin|soir)\s+même\b|\bla\s+(?<part>nuit)\b(?!\s+(?:de|du|des|d['’])\s)", Options)]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(?<w>la\s+veille|le\s+lendemain|l['’]avant-veille|le\s+surlendemain)\b", Options)]
    private static partial Regex NeighbourDay();

    [GeneratedRegex(@"(?:\b(?<mod>(?:la\s+|le\s+|dans\s+le\s+)?(?:fin|début|milieu|courant))\s+)?\b(?<det>cette|cet|ce|du|de\s+la|de\s+l['’]|la|le|l['’])\s*(?<unit>semaine|week-end|mois|année|an|trimestre|semestre|été|hiver|printemps|automne)(?:-ci)?\b(?:\s+(?<rel>dernière|dernier|prochaine|prochain|passée|passé|précédente|précédent|suivante|suivant|écoulée|écoulé|en\s+cours)\b)?", Options)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?<det>ces|les|des)\s+(?:(?<rel>derniers|dernières|prochains|prochaines)\s+)?(?<unit>jours|semaines|mois|années|ans|décennies|siècles)\b(?:\s+(?<rel>à\s+venir|qui\s+viennent|passés|passées|derniers|dernières|écoulés|écoulées|prochains|prochaines)\b)?", Options)]
    private static partial Regex VaguePeriod();

    [GeneratedRegex(@"\b(?:il\s+y\s+a|voilà|voici)\s+(?<num>" + ExactNum + @")(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b", Options)]
    private static partial Regex Ago();

    [GeneratedRegex(@"\b(?:dans|d['’]ici)\s+(?<num>" + ExactNum + @")(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b", Options)]
    private static partial Regex Later();

    [GeneratedRegex(@"(?:\b(?<mod>environ|près\s+de|plus\s+de|moins\s+de|presque|au\s+moins|pas\s+moins\s+de|quelque)\s+)?\b(?<num>" + Num + @")(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:\b(?<mod>environ|près\s+de|plus\s+d['’]|presque)\s*)?\b(?:une?\s+)?(?<w>demi-siècle|quart\s+de\s+siècle|demi-heure|quart\s+d['’]heure|quinquennat|septennat|demi-journée)\b", Options)]
    private static partial Regex NamedDuration();

    [GeneratedRegex(@"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?<num>deux|trois|quatre|cinq|six|dix|quinze|\d+)\s+)?(?<unit>jours?|semaines?|mois|ans|années?|week-ends?|matins?|soirs?|nuits?|heures?|minutes?|étés?|hivers?|(?<wd>" + Wd + @")s?)\b", Options)]
    private static partial Regex Set();

    [GeneratedRegex(@"(?<=\bpar\s)(?<unit>jour|semaine|mois|an|année|heure)\b", Options)]
    private static partial Regex SetPer();

    [GeneratedRegex(@"\b(?<w>annuel(?:le)?s?|annuellement|hebdomadaires?|mensuel(?:le)?s?|mensuellement|quotidiennement|bimensuel(?:le)?s?)\b", Options)]
    private static partial Regex SetAdjective();

    [GeneratedRegex(@"\b(?<h>[01]?[0-9]|2[0-4])\s*(?:h|heures?)(?:\s*(?<m>[0-5][0-9]))?(?![\p{L}\d])(?:\s+(?<wd>" + Wd + @")\b)?|\b(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9])(?![:\d])", Options)]
    private static partial Regex Clock();

    [GeneratedRegex(@"(?<![-\p{L}])(?<w>midi|minuit)\b", Options)]
    private static partial Regex NoonMidnight();

    [GeneratedRegex(@"\b(?<w>maintenant|désormais|actuellement|à\s+présent|de\s+nos\s+jours|autrefois|jadis|auparavant|naguère|par\s+le\s+passé|à\s+l['’]avenir|dans\s+le\s+futur|prochainement)\b", Options)]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?:\b(?<mod>début|fin|milieu)\s+des\s+)?\bannées\s+(?<dec>(?:19|20)?[0-9]0)\b", Options)]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?<c>[XVI]{1,5}|[0-9]{1,2})(?:e|ème|è)\s+siècle\b", Options)]
    private static partial Regex Century();

    [GeneratedRegex(@"(?:\bl['’]an\s+)?(?<!\d[.,\u00A0\u202F ])\b(?<year>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)", Options)]
    private static partial Regex Year();

    public static readonly IReadOnlyList<TimeRule> Rules =
    [
        new(RuleKind.FullDate, FullDate()), new(RuleKind.NumericDate, NumericDate()), new(RuleKind.MonthYear, MonthYear()),
        new(RuleKind.Month, Month()), new(RuleKind.Weekday, Weekday()), new(RuleKind.NightOf, NightOf()),
        new(RuleKind.DeicticDay, DeicticDay()), new(RuleKind.PartOfDay, PartOfDay()), new(RuleKind.NeighbourDay, NeighbourDay()),
        new(RuleKind.RelativePeriod, RelativePeriod()), new(RuleKind.VaguePeriod, VaguePeriod()), new(RuleKind.Ago, Ago()),
        new(RuleKind.Later, Later()), new(RuleKind.Duration, Duration()), new(RuleKind.NamedDuration, NamedDuration()),
        new(RuleKind.Set, Set()), new(RuleKind.SetPer, SetPer()), new(RuleKind.SetAdjective, SetAdjective()),
        new(RuleKind.Clock, Clock()), new(RuleKind.NoonMidnight, NoonMidnight()), new(RuleKind.Reference, Reference()),
        new(RuleKind.Decade, Decade()), new(RuleKind.Century, Century()), new(RuleKind.Year, Year()),
    ];
}
