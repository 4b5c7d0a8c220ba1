using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time;

/// <summary>
/// English time-expression patterns (TimeML conventions: "last Tuesday", "two years ago", "this morning" are
/// expressions; "on", "in", "for" are signals outside them). Same named groups as <see cref="FrenchTimeRules"/>.
/// </summary>
internal static partial class EnglishTimeRules
{
    private const string Wd = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private const string MonthFull = "january|february|march|april|may|june|july|august|september|october|november|december";
    private const string MonthAny = MonthFull + @"|jan\.?|feb\.?|mar\.|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?";
    private const string NumWord = "an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    private const string Num = @"\d+(?:\.\d+)?|(?:" + NumWord + @")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|several|a\s+few|few|many|a\s+couple\s+of|some";
    private const string Unit = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?|nights?";
    private const string Part = "morning|afternoon|evening|night";
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?:\b(?<wd>" + Wd + @"),?\s+)?\b(?<month>" + MonthAny + @")(?!\p{L})\s*(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?|(?:\b(?<wd>" + Wd + @"),?\s+)?\b(?:the\s+)?(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>" + MonthAny + @")(?!\p{L})(?:,?\s+(?<year>\d{4})\b)?", Options)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?<year>(?:19|20)[0-9]{2})-(?<mnum>[01][0-9])-(?<day>[0-3][0-9])\b", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<month>" + MonthAny + @")(?!\p{L}),?\s+(?<year>(?:1[0-9]|20)[0-9]{2})\b", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<month>" + MonthFull + @")\b", Options)]
    private static partial Regex Month();

    [GeneratedRegex(@"(?:\b(?<rel>last|next|this|coming|past|previous)\s+)?\b(?<wd>" + Wd + @")\b(?:\s+(?<part>" + Part + @")\b)?", Options)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)\b(?:\s+(?<part>" + Part + @")\b)?", Options)]
    private static partial Regex DeicticDay();

    [GeneratedRegex(@"\b(?<pre>this|last)\s+(?<part>morning|afternoon|evening|night)\b", Options)]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before|the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day)\b", Options)]
    private static partial Regex NeighbourDay();

    [GeneratedRegex(@"(?:\b(?<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid)\s*-?\s*)?\b(?<det>this|last|next|the\s+past|the\s+coming|the\s+previous|the\s+following|the\s+current|current)\s+(?<unit>week|weekend|month|year|quarter|summer|winter|spring|autumn|fall)\b", Options)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?<det>the|these|in\s+the|in\s+recent)\s+(?<rel>past|last|coming|next|recent|few|)\s*(?<unit>days|weeks|months|years|decades)\b(?:\s+(?<rel>ahead|to\s+come))?", Options)]
    private static partial Regex VaguePeriod();

    [GeneratedRegex(@"\b(?<num>" + Num + @")\s+(?<unit>" + Unit + @")\s+ago\b", Options)]
    private static partial Regex Ago();

    [GeneratedRegex(@"(?:\b(?<mod>about|around|nearly|almost|more\s+than|less\s+than|over|at\s+least)\s+)?\b(?<num>" + Num + @")[\s-]+(?<unit>" + Unit + @")\b(?!-old|\s+old)", Options)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:every|each)\s+(?:(?<num>other|two|three|four|five|six|\d+)\s+)?(?<unit>days?|weeks?|months?|years?|mornings?|evenings?|nights?|hours?|(?<wd>" + Wd + @")s?)\b", Options)]
    private static partial Regex Set();

    [GeneratedRegex(@"(?<=\bper\s)(?<unit>day|week|month|year|hour)\b", Options)]
    private static partial Regex SetPer();

    [GeneratedRegex(@"\b(?<w>daily|weekly|monthly|annually|yearly|annual)\b", Options)]
    private static partial Regex SetAdjective();

    [GeneratedRegex(@"\b(?<h>[01]?[0-9]|2[0-3])(?::(?<m>[0-5][0-9]))?\s*(?<ampm>a\.m\.|p\.m\.|am\b|pm\b)|\b(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9])(?![:\d])", Options)]
    private static partial Regex Clock();

    [GeneratedRegex(@"\b(?<w>noon|midnight)\b", Options)]
    private static partial Regex NoonMidnight();

    [GeneratedRegex(@"\b(?<w>now|currently|nowadays|at\s+present|formerly|in\s+the\s+past|in\s+the\s+future|recently|soon)\b", Options)]
    private static partial Regex Reference();

    [GeneratedRegex(@"(?:\bthe\s+)?(?:\b(?<mod>early|late|mid)-?\s*)?\b(?<dec>(?:19|20)[0-9]0)s\b", Options)]
    private static partial Regex Decade();

    [GeneratedRegex(@"(?<!\d[.,\u00A0\u202F ])\b(?<year>1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)", Options)]
    private static partial Regex Year();

    public static readonly IReadOnlyList<TimeRule> Rules =
    [
        new(RuleKind.FullDate, FullDate()), new(RuleKind.NumericDate, NumericDate()), new(RuleKind.MonthYear, MonthYear()),
        new(RuleKind.Month, Month()), new(RuleKind.Weekday, Weekday()), new(RuleKind.DeicticDay, DeicticDay()),
        new(RuleKind.PartOfDay, PartOfDay()), new(RuleKind.NeighbourDay, NeighbourDay()), new(RuleKind.RelativePeriod, RelativePeriod()),
        new(RuleKind.VaguePeriod, VaguePeriod()), new(RuleKind.Ago, Ago()), new(RuleKind.Duration, Duration()),
        new(RuleKind.Set, Set()), new(RuleKind.SetPer, SetPer()), new(RuleKind.SetAdjective, SetAdjective()),
        new(RuleKind.Clock, Clock()), new(RuleKind.NoonMidnight, NoonMidnight()), new(RuleKind.Reference, Reference()),
        new(RuleKind.Decade, Decade()), new(RuleKind.Year, Year()),
    ];
}
