using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Recurring times (TIMEX3 SET): "chaque lundi", "tous les deux ans", "tous les matins", "chaque été", "par an",
/// "quotidien" and "hebdomadaire" as adjectives (not the newspapers: "le quotidien X"), and ordinal weekdays
/// ("les deuxième et quatrième jeudis du mois").
/// </summary>
internal static partial class SetGrammar
{
    [GeneratedRegex(@"\b(?:chaque|tous\s+les|toutes\s+les)\s+(?:(?<num>deux|trois|quatre|cinq|six|huit|dix|quinze|\d+)\s+)?(?<unit>jours?|semaines?|mois|ans|années?|week-ends?|matins?|matinées?|soirs?|soirées?|après-midi|nuits?|heures?|minutes?|trimestres?|semestres?|étés?|hivers?|printemps|automnes?|(?<wd>" + Weekday + @")s?)\b", Options)]
    private static partial Regex FrenchSet();

    /// <summary>The unit of a rate: "deux fois par mois", "trois fois l'an" (only the unit, as TimeBank marks "par [mois]").</summary>
    [GeneratedRegex(@"(?<=\bpar\s)(?<unit>jour|semaine|mois|an|année|heure|nuit)\b|(?<=\bfois\s)l['’](?<unit>an|année)\b", Options)]
    private static partial Regex FrenchSetPer();

    /// <summary>One in so many: "un jour sur deux", "une semaine sur trois", "un week-end sur deux" (every second day: P2D).</summary>
    [GeneratedRegex(@"\bune?\s+(?<unit>jour|semaine|mois|an|année|week-end|soir|nuit)\s+sur\s+(?<num>deux|trois|quatre|cinq|six|dix|[2-9])\b", Options)]
    private static partial Regex FrenchOneInN();

    /// <summary>Plural weekends are habits as plural weekdays are: "les week-ends", "le marché des week-ends".</summary>
    [GeneratedRegex(@"\b(?:les|des)\s+(?<unit>week-ends)\b", Options)]
    private static partial Regex FrenchPluralWeekend();

    /// <summary>The adjectives; after a determiner "quotidien", "hebdomadaire", "mensuel" are newspapers (see <see cref="CandidateFilter"/>).</summary>
    [GeneratedRegex(@"\b(?<w>annuel(?:le)?s?|annuellement|hebdomadaires?|hebdomadairement|mensuel(?:le)?s?|mensuellement|quotidien(?:ne)?s?|quotidiennement|journalier|journalière|journaliers|journalières|bimensuel(?:le)?s?|trimestriel(?:le)?s?|semestriel(?:le)?s?|bihebdomadaires?)\b", Options)]
    private static partial Regex FrenchSetAdjective();

    [GeneratedRegex(@"\b(?:(?:les|le|chaque|tous\s+les)\s+)(?<ord>" + Ordinal + @")s?\s+(?:et\s+(?:" + Ordinal + @")s?\s+)?(?<wd>" + Weekday + @")(?<plural>s)?\b(?:\s+(?<month>du\s+mois|de\s+chaque\s+mois))?", Options)]
    private static partial Regex FrenchOrdinalWeekdaySet();

    /// <summary>A day or month of every year: "chaque 1er mai", "tous les 14 juillet", "chaque mois d'août".</summary>
    [GeneratedRegex(@"\b(?:chaque|tous\s+les)\s+(?:(?<day>" + Day + @")\s+|mois\s+(?:de\s+|d['’]))(?<month>" + MonthFull + @")\b", Options)]
    private static partial Regex FrenchYearlySet();

    /// <summary>Plural weekdays are habits: "les mardis", "le marché des mardis et vendredis" (the second after "et").</summary>
    [GeneratedRegex(@"\b(?:les|des)\s+(?<wd>" + Weekday + @")s\b|(?<=\b(?:les|des)\s+(?:" + Weekday + @")s\s+et\s+)(?<wd>" + Weekday + @")s\b", Options)]
    private static partial Regex FrenchPluralWeekday();

    /// <summary>A rate's unit ends a few characters after its "par", "fois", "per" or "times" ("fois l'année", "times per month"): its windows need not run on.</summary>
    private const int RateReach = 16;

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.Set, FrenchYearlySet()) { Triggers = Trigger.Month, Lead = 24 }, new(RuleKind.Set, FrenchPluralWeekday()) { Triggers = Trigger.Weekday, Lead = 32 },
        new(RuleKind.Set, FrenchSet()), new(RuleKind.SetPer, FrenchSetPer()) { Reach = RateReach }, new(RuleKind.SetAdjective, FrenchSetAdjective()),
        new(RuleKind.OrdinalWeekdaySet, FrenchOrdinalWeekdaySet()),
        new(RuleKind.Set, FrenchOneInN()) { Triggers = Trigger.DurationUnit | Trigger.PartOfDay, Lead = 4 },
        new(RuleKind.Set, FrenchPluralWeekend()) { Triggers = Trigger.DurationUnit, Lead = 4 },
    ];

    [GeneratedRegex(@"\b(?:every|each)\s+(?:(?<num>other|two|three|four|five|six|\d+)\s+)?(?<unit>days?|weeks?|months?|years?|mornings?|evenings?|nights?|hours?|weekends?|summers?|winters?|springs?|autumns?|(?<wd>" + EnglishWords.Weekday + @")s?)\b", EnglishWords.Options)]
    private static partial Regex EnglishSet();

    [GeneratedRegex(@"(?<=\bper\s)(?<unit>day|week|month|year|hour)\b|\b(?:once|twice|(?:\d+|two|three|four|five|six|several|many)\s+times)\s+(?:a|per)\s+(?<unit>day|week|month|year)\b", EnglishWords.Options)]
    private static partial Regex EnglishSetPer();

    [GeneratedRegex(@"\b(?<w>daily|weekly|monthly|annually|yearly|annual|biweekly|quarterly|nightly|hourly)\b", EnglishWords.Options)]
    private static partial Regex EnglishSetAdjective();

    [GeneratedRegex(@"\b(?:every|each|the)\s+(?<ord>" + EnglishWords.Ordinal + @")\s+(?:and\s+(?:" + EnglishWords.Ordinal + @")\s+)?(?<wd>" + EnglishWords.Weekday + @")(?<plural>s)?\b(?:\s+(?<month>of\s+(?:the|each|every)\s+month))?", EnglishWords.Options)]
    private static partial Regex EnglishOrdinalWeekdaySet();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.Set, EnglishSet()), new(RuleKind.SetPer, EnglishSetPer()) { Reach = RateReach }, new(RuleKind.SetAdjective, EnglishSetAdjective()),
        new(RuleKind.OrdinalWeekdaySet, EnglishOrdinalWeekdaySet()),
    ];
}
