using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Times of day: "14 h 30", "14h02", "18 heures", "8 h du matin", "12 h 30 heure locale", "20:45 GMT", "midi",
/// "minuit", "3 p.m.". The time zone words belong to the expression; "vers" and "à" do not. Their day is that of
/// the nearest date in the text (<see cref="TimeTagger"/>): "hier à 10 h" gives yesterday at 10:00.
/// </summary>
internal static partial class ClockGrammar
{
    /// <summary>Time zones: local time, a named place's time ("heure de Moscou", "heure de New York"), national adjectives, UTC and the like, "en France" ("à Paris" stays out: mostly where, not which clock).</summary>
    private const string FrenchZone = @"heures?\s+locales?|heures?\s+(?:de\s+|d['’])\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|heures?\s+(?:française|belge|suisse|canadienne|québécoise|européenne|d['’]été|d['’]hiver)|locales?|GMT|UTC|TU|CET|en\s+France|en\s+métropole";

    [GeneratedRegex(@"\b(?<h>[01]?[0-9]|2[0-4])\s*(?:h|heures?)(?:\s*(?<m>[0-5][0-9]))?(?![\p{L}\d])(?:\s+(?<ampm>du\s+matin|du\s+soir|de\s+l['’]après-midi)\b)?(?:\s+(?<zone>" + FrenchZone + @")\b)?(?:\s+(?<wd>" + Weekday + @")\b)?|\b(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9])(?![:\d])(?:\s+(?<zone>" + FrenchZone + @")\b)?", Options)]
    private static partial Regex FrenchClock();

    [GeneratedRegex(@"(?<![-\p{L}])(?<w>midi|minuit)\b(?:\s+et\s+(?<half>demie?|quart)\b)?(?:\s+(?<zone>heure\s+locale|heure\s+de\s+Paris|GMT)\b)?", Options)]
    private static partial Regex FrenchNoonMidnight();

    /// <summary>
    /// The minute of a match or a race ("la 35e minute", "la première minute", "à la quatre-vingt-dixième minute"): a time
    /// whose hour is unknown, on the day of the nearest date. "de dernière minute" (last-minute) is no time.
    /// </summary>
    [GeneratedRegex(@"\b(?<pre>la\s+)?(?<ord>[1-9][0-9]?(?:e|ème|è|ᵉ)|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|(?:dix|vingt|trente|quarante|cinquante|soixante|quatre-vingt)(?:[- ]et[- ]unième|-(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf)ième|ième)|vingtième|quatre-vingtième)\s+minute\b(?!\s+(?:de|d['’])\s*(?:silence|retard|pause))", Options)]
    private static partial Regex FrenchMatchMinute();

    /// <summary>
    /// An hour in words with the part of the day that makes it a clock reading, not a length: "à une heure du matin", "vers
    /// cinq heures et demie du soir", "trois heures de l'après-midi" ("pendant trois heures" stays a duration).
    /// </summary>
    [GeneratedRegex(@"\b(?<hw>une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)\s+heures?(?:\s+(?<half>et\s+demie|et\s+quart))?\s+(?<ampm>du\s+matin|du\s+soir|de\s+l['’]après-midi)\b", Options)]
    private static partial Regex FrenchWordClock();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.Clock, FrenchClock()), new(RuleKind.NoonMidnight, FrenchNoonMidnight()), new(RuleKind.MatchMinute, FrenchMatchMinute()),
        new(RuleKind.Clock, FrenchWordClock()) { Triggers = Trigger.DurationUnit, Lead = 12 },
    ];

    private const string EnglishZone = @"local\s+time|GMT|UTC|[ECMP][SD]T|BST|CET|CEST";

    [GeneratedRegex(@"\b(?<h>[01]?[0-9]|2[0-3])(?::(?<m>[0-5][0-9]))?\s*(?<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s*(?<zone>" + EnglishZone + @")\b)?|\b(?<h>[01]?[0-9]|2[0-3]):(?<m>[0-5][0-9])(?![:\d])(?:\s*(?<zone>" + EnglishZone + @")\b)?", EnglishWords.Options)]
    private static partial Regex EnglishClock();

    [GeneratedRegex(@"\b(?<w>noon|midnight|midday)\b", EnglishWords.Options)]
    private static partial Regex EnglishNoonMidnight();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.Clock, EnglishClock()), new(RuleKind.NoonMidnight, EnglishNoonMidnight())];
}
