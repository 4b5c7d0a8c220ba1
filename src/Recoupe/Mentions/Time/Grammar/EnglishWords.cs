using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>English word classes shared by the grammar's kinds, as regex alternations.</summary>
internal static class EnglishWords
{
    public const string Weekday = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    public const string MonthFull = "january|february|march|april|may|june|july|august|september|october|november|december";
    public const string MonthAny = MonthFull + @"|jan\.?|feb\.?|mar\.|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?";
    public const string Day = "3[01]|[12][0-9]|0?[1-9]";
    public const string NumberWord = "an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    public const string ExactNumber = @"\d+(?:\.\d+)?|(?:" + NumberWord + @")(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";
    public const string Number = ExactNumber + @"|several|a\s+few|few|many|a\s+couple\s+of|some";
    public const string Unit = "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters?|nights?|weekends?";
    public const string Ordinal = "first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last";
    public const string Part = "morning|afternoon|evening|night";

    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
}
