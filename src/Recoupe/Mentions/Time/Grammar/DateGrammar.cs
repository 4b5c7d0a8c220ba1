using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Calendar dates, whole or in part. French spans follow the French TimeBank guide: the determiner belongs to the
/// date ("le 5 mai", "le mardi 5 mai", "le mois de mai", "l'année 1998"), prepositions do not ("en mai", "depuis 1990"),
/// modifiers do ("fin 1998", "mi-juillet", "début mai"), and so does a part of the day ("le 14 juillet au soir": a TIME). A range gives two expressions: "du [19] au [23 juillet]", "entre [le 5] et [le 9 mai]".
/// </summary>
internal static partial class DateGrammar
{
    private const string Year2 = @"['’][0-9]{2}";

    [GeneratedRegex(@"(?<pre>\b(?:le|ce)\s+)?(?:\b(?<wd>" + Weekday + @")\s+)?\b(?<day>" + Day + @")\s+(?<month>" + MonthAny + @")(?!\p{L})(?:\s+(?<year>\d{4}|" + Year2 + @"|\d{2}(?=\s*[,.;)]))(?!\d))?(?:\s+(?<rel>dernier|prochain)\b)?(?:\s+(?<part>" + PartAfterDay + @")\b)?", Options)]
    private static partial Regex FrenchFullDate();

    [GeneratedRegex(@"(?<pre>\ble\s+)?\b(?<day>[0-3]?[0-9])[/.](?<mnum>[01]?[0-9])[/.](?<year>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9]|[/.][0-9])|\b(?<year>(?:19|20)[0-9]{2})-(?<mnum>[01][0-9])-(?<day>[0-3][0-9])\b", Options)]
    private static partial Regex FrenchNumericDate();

    /// <summary>
    /// What may stand before a month: its edge ("fin mars", "mi-mars", "(le) début du mois de juin", "la fin de mars"), or
    /// "(le) mois de" ("le mois de mai 2002"); the determiner belongs to the expression, the preposition does not.
    /// </summary>
    private const string MonthLead = @"(?:(?:\b(?:la|le)\s+)?\b(?<mod>début|fin|milieu|courant)\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?|\b(?<mod>mi)-|(?:\b(?:le|ce)\s+)?\bmois\s+(?:de\s+|d['’]))?";

    [GeneratedRegex(MonthLead + @"\b(?<month>" + MonthAny + @")(?!\p{L})\s+(?<year>(?:1[0-9]|20)[0-9]{2}|" + Year2 + @"|[0-9]{2}(?=\s*[,.;:)]))(?![\d\p{L}])", Options)]
    private static partial Regex FrenchMonthYear();

    [GeneratedRegex(MonthLead + @"\b(?<month>" + MonthFull + @")\b(?:\s+(?<rel>dernier|prochain)\b)?", Options)]
    private static partial Regex FrenchMonth();

    [GeneratedRegex(@"(?:\b(?<pre>ce|le)\s+(?:même\s+)?)?\b(?<wd>" + Weekday + @")\b(?:\s+(?<rel>dernier|prochain|suivant|précédent)\b)?(?:\s+(?<part>" + PartAfterDay + @")\b)?", Options)]
    private static partial Regex FrenchWeekday();

    /// <summary>
    /// "dimanche 12", "le jeudi 3,": a weekday with its day number and no month (the press writes the month only when it
    /// changes). Not before a word or a clock ("dimanche 12 mai" is a full date, "lundi 8 h" a time).
    /// </summary>
    [GeneratedRegex(@"(?<pre>\b(?:le|ce)\s+)?\b(?<wd>" + Weekday + @")\s+(?<day>1er|3[01]|[12][0-9]|0?[1-9])(?![\p{L}\d])(?!\s*(?:\p{L}|[:/.,h]\s*\d))", Options)]
    private static partial Regex FrenchWeekdayDay();

    /// <summary>The first day of a range whose month comes with the second: "du 19 au 23 juillet", "entre le 5 et le 9 mai", "les 12 et 13 mai".</summary>
    [GeneratedRegex(@"\b(?:du|des|entre|les)\s+(?<span>(?:le\s+)?(?:(?<wd>" + Weekday + @")\s+)?(?<day>" + Day + @"))\s*(?:au|et|à|-|–)\s+(?:le\s+)?(?:(?:" + Weekday + @")\s+)?(?:" + Day + @")\s+(?<month>" + MonthAny + @")(?!\p{L})(?:\s+(?<year>\d{4})\b)?", Options)]
    private static partial Regex FrenchRangeDay();

    /// <summary>
    /// A year, with its modifier ("fin 1998", "mi-2001", "la fin de l'année 2024", "au début de l'an 2000": the
    /// modifier is part of the expression, the preposition is not), "l'an 2000", or two digits after an apostrophe ("'97").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:la\s+|le\s+)?(?<mod>début|fin|milieu)\s+(?:de\s+)?l['’](?:an|année)\s+|\bl['’](?:an|année)\s+|\b(?<mod>début|fin|milieu|courant)\s+|\b(?<mod>mi)-)?(?<!\d[.,\u00A0\u202F ])\b(?<year>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)|(?<![\p{L}\d])(?<year>" + Year2 + @")\b", Options)]
    private static partial Regex FrenchYear();

    [GeneratedRegex(@"(?<pre>\b(?:le|ce)\s+)?\b(?<ord>" + Ordinal + @")\s+(?<unit>trimestre|semestre)\b(?:\s+(?<year>(?:19|20)[0-9]{2})\b)?", Options)]
    private static partial Regex FrenchQuarter();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.FullDate, FrenchFullDate()), new(RuleKind.NumericDate, FrenchNumericDate()), new(RuleKind.MonthYear, FrenchMonthYear()),
        new(RuleKind.Month, FrenchMonth()), new(RuleKind.Weekday, FrenchWeekday()), new(RuleKind.RangeDay, FrenchRangeDay()), new(RuleKind.WeekdayDay, FrenchWeekdayDay()),
        new(RuleKind.Year, FrenchYear()) { Lead = 28 }, new(RuleKind.Quarter, FrenchQuarter()),
    ];

    [GeneratedRegex(@"(?:\b(?<wd>" + EnglishWords.Weekday + @"),?\s+)?\b(?<month>" + EnglishWords.MonthAny + @")(?!\p{L})\s*(?<day>" + EnglishWords.Day + @")(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?|(?:\b(?<wd>" + EnglishWords.Weekday + @"),?\s+)?\b(?:the\s+)?(?<day>" + EnglishWords.Day + @")(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + EnglishWords.MonthAny + @")(?!\p{L})(?:,?\s+(?<year>\d{4})\b)?", EnglishWords.Options)]
    private static partial Regex EnglishFullDate();

    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})-(?<mnum>[01][0-9])-(?<day>[0-3][0-9])\b|\b(?<mnum>[01]?[0-9])/(?<day>[0-3]?[0-9])/(?<year>(?:19|20)[0-9]{2})\b", EnglishWords.Options)]
    private static partial Regex EnglishNumericDate();

    [GeneratedRegex(EnglishMonthLead + @"\b(?<month>" + EnglishWords.MonthAny + @")(?!\p{L}),?\s+(?<year>(?:1[0-9]|20)[0-9]{2})\b", EnglishWords.Options)]
    private static partial Regex EnglishMonthYear();

    [GeneratedRegex(EnglishMonthLead + @"\b(?<month>" + EnglishWords.MonthFull + @")\b", EnglishWords.Options)]
    private static partial Regex EnglishMonth();

    /// <summary>What may stand before a month: "early", "mid-", "late", "(the) end/beginning/middle of".</summary>
    private const string EnglishMonthLead = @"(?:\b(?<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+|\b(?<mod>early|late|mid)-?\s*)?";

    [GeneratedRegex(@"(?:\b(?<det>the)\s+(?<rel>following|next|previous|preceding)\s+|\b(?<rel>last|next|this|coming|past|previous)\s+)?\b(?<wd>" + EnglishWords.Weekday + @")\b(?:\s+(?<part>" + EnglishWords.Part + @")\b)?", EnglishWords.Options)]
    private static partial Regex EnglishWeekday();

    /// <summary>"May 5 to 9" gives [May 5] and [9]; "from 5 to 9 May" gives [5] and [9 May].</summary>
    [GeneratedRegex(@"\b(?<month>" + EnglishWords.MonthAny + @")(?!\p{L})\s*(?:" + EnglishWords.Day + @")(?:st|nd|rd|th)?\s*(?:-|–|to|through|and)\s*(?<span>(?<day>" + EnglishWords.Day + @"))(?:st|nd|rd|th)?\b(?!\s*(?:" + EnglishWords.MonthAny + @"|[:.]\d))(?:,?\s+(?<year>\d{4})\b)?|\b(?:from|between)\s+(?<span>(?:the\s+)?(?<day>" + EnglishWords.Day + @"))(?:st|nd|rd|th)?\s+(?:to|and|through)\s+(?:the\s+)?(?:" + EnglishWords.Day + @")(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + EnglishWords.MonthAny + @")(?!\p{L})(?:,?\s+(?<year>\d{4})\b)?", EnglishWords.Options)]
    private static partial Regex EnglishRangeDay();

    [GeneratedRegex(@"(?:\b(?<mod>early|late|mid)-?\s*)?(?<!\d[.,\u00A0\u202F ])\b(?<year>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)|(?<![\p{L}\d])(?<year>['’][0-9]{2})\b", EnglishWords.Options)]
    private static partial Regex EnglishYear();

    [GeneratedRegex(@"(?<pre>\b(?:the|this)\s+)?\b(?<ord>" + EnglishWords.Ordinal + @")\s+(?<unit>quarter|half)\b(?:\s+(?:of\s+)?(?<year>(?:19|20)[0-9]{2})\b)?", EnglishWords.Options)]
    private static partial Regex EnglishQuarter();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.FullDate, EnglishFullDate()), new(RuleKind.NumericDate, EnglishNumericDate()), new(RuleKind.MonthYear, EnglishMonthYear()),
        new(RuleKind.Month, EnglishMonth()), new(RuleKind.Weekday, EnglishWeekday()), new(RuleKind.RangeDay, EnglishRangeDay()),
        new(RuleKind.Year, EnglishYear()), new(RuleKind.Quarter, EnglishQuarter()),
    ];
}
