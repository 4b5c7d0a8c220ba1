using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Durations: "trois jours", "plus de vingt ans", "une dizaine de jours", "plusieurs années", "un demi-siècle",
/// "deux heures et demie", "pendant 1 h 30", and vague spans of the recent past or near future ("ces derniers mois",
/// "les semaines à venir"). Comparison and approximation words belong to the expression ("environ", "plus de");
/// prepositions do not ("pendant", "depuis"). Ages ("45 ans") are filtered out by <see cref="CandidateFilter"/>.
/// </summary>
internal static partial class DurationGrammar
{
    private const string Approx = @"environ|près\s+de|plus\s+de|moins\s+de|presque|au\s+moins|pas\s+moins\s+de|quelque|bien\s+plus\s+de|un\s+peu\s+plus\s+de";

    /// <summary>"trois semaines", "plus de vingt ans", "plus d'un an", "une année entière", "deux jours pleins" (the whole of each unit is part of the length).</summary>
    [GeneratedRegex(@"(?:\b(?<mod>" + Approx + @")\s+|\b(?<mod>(?:plus|près|moins|pas\s+plus)\s+d['’]))?\b(?<num>" + Number + @")(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b(?:\s+(?:entière|entier|entières|entiers|pleins|pleines)\b)?", Options)]
    private static partial Regex FrenchDuration();

    /// <summary>
    /// One whole unit: "toute la journée", "toute la semaine", "toute l'année", "tout le mois" (P1D, P1W, P1Y, P1M); and a
    /// whole part of the day, "toute la nuit", "toute la matinée", "tout l'après-midi": a length (DURATION PTNI, PTMO, PTAF,
    /// as TIDES writes lengths of day parts), not the time of day "la nuit" that the words inside name.
    /// </summary>
    [GeneratedRegex(@"\btoute?\s+(?:la\s+|l['’]|le\s+)(?:(?<unit>journée|semaine|année|mois|week-end)|(?<part>nuit|matinée|soirée|après-midi))(?![\p{L}-])", Options)]
    private static partial Regex FrenchWholeUnit();

    [GeneratedRegex(@"(?:\b(?<mod>environ|près\s+d['’]|plus\s+d['’]|presque)\s*)?\b(?:une?\s+)?(?<w>demi-siècle|quart\s+de\s+siècle|demi-heure|quart\s+d['’]heure|quinquennat|septennat|demi-journée|trois\s+quarts\s+d['’]heure)\b", Options)]
    private static partial Regex FrenchNamedDuration();

    [GeneratedRegex(@"\b(?<det>ces|les|des)\s+(?:(?<rel>derniers|dernières|prochains|prochaines)\s+)?(?<unit>jours|semaines|mois|années|ans|décennies|siècles)\b(?:\s+(?<rel>à\s+venir|qui\s+viennent|passés|passées|derniers|dernières|écoulés|écoulées|prochains|prochaines)\b)?", Options)]
    private static partial Regex FrenchVaguePeriod();

    /// <summary>"deux heures et demie", "un an et demi", "trois jours et demi".</summary>
    [GeneratedRegex(@"(?:\b(?<mod>" + Approx + @")\s+)?\b(?<num>" + ExactNumber + @")(?:\s+|(?<=['’]))(?<unit>heures?|ans|an|années?|jours|jour|mois|semaines?|minutes?|siècles?)\s+et\s+demie?\b", Options)]
    private static partial Regex FrenchHalfDuration();

    /// <summary>A clock-shaped length ("pendant 1 h 30", "en 2 h 15") after a word that introduces a length.</summary>
    [GeneratedRegex(@"(?<=\b(?:pendant|durant|en|après|plus\s+de|moins\s+de|près\s+de)\s)(?<h>[0-9]{1,2})\s*h\s*(?<m>[0-5][0-9])\b(?!\s*(?:du\s+matin|du\s+soir))", Options)]
    private static partial Regex FrenchClockDuration();

    /// <summary>
    /// Hours written "h" without minutes: a length when no clock can read them ("48 h de garde à vue", "72 h"), or after a
    /// word that introduces a length ("pendant 3 h", "en 2 h"); "à 10 h", "après 22 h" stay clock times.
    /// </summary>
    [GeneratedRegex(@"\b(?<num>2[5-9]|[3-9][0-9]|[1-9][0-9]{2})\s*(?<unit>h)\b(?!\s*[0-9])|(?<=\b(?:pendant|durant|en)\s)(?<num>[0-9]{1,2})\s*(?<unit>h)\b(?!\s*[0-9])", Options)]
    private static partial Regex FrenchHourCount();

    /// <summary>
    /// One period counted in a sequence: "la troisième journée" (of a championship), "sa deuxième année" (of captivity),
    /// "le cinquième mois": TimeBank writes them as a duration of one unit.
    /// </summary>
    [GeneratedRegex(@"\b(?:la|le|l['’]|sa|son|leur|cette|ce)\s*(?<ord>première|premier|deuxième|seconde?|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|[0-9]{1,2}(?:e|ème))\s+(?<unit>journée|année|semaine|mois)\b", Options)]
    private static partial Regex FrenchOrdinalPeriod();

    /// <summary>
    /// A counted span of the recent past or near future: "les cinq prochaines années", "ces trois derniers mois",
    /// "les dix années à venir", "ces dernières 24 heures". The determiner belongs to it, as in "ces derniers mois"; the value is the length.
    /// </summary>
    [GeneratedRegex(@"\b(?<det>ces|les|des)\s+(?:(?<num>" + ExactNumber + @")\s+(?<rel>derniers|dernières|prochains|prochaines|premiers|premières)\s+(?<unit>" + Unit + @")\b|(?<rel>derniers|dernières|prochains|prochaines)\s+(?<num>" + ExactNumber + @")\s+(?<unit>" + Unit + @")\b|(?<num>" + ExactNumber + @")\s+(?<unit>" + Unit + @")\s+(?<rel>à\s+venir|qui\s+viennent|passés|passées|écoulés|écoulées)(?!\p{L}))", Options)]
    private static partial Regex FrenchCountedPeriod();

    /// <summary>
    /// Two units joined: "deux mois et un jour", "trois ans et six mois", "une heure et quart" aside (a clock or a half, elsewhere):
    /// one length, its parts added ("P2M1D", "P3Y6M", "P1DT2H").
    /// </summary>
    [GeneratedRegex(@"(?:\b(?<mod>" + Approx + @")\s+)?\b(?<num>" + ExactNumber + @")\s+(?<unit>" + Unit + @")\s+et\s+(?<num2>" + ExactNumber + @")\s+(?<unit2>" + Unit + @")\b", Options)]
    private static partial Regex FrenchCompoundDuration();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        // the joined units start at most a short modifier before their first unit ("plus de deux mois et ..."), so a short lead
        new(RuleKind.Duration, FrenchCompoundDuration()) { Lead = 28, Requires = ["et"] },
        new(RuleKind.HalfDuration, FrenchHalfDuration()) { Requires = ["demi", "demie"] }, new(RuleKind.Duration, FrenchDuration()), new(RuleKind.Duration, FrenchCountedPeriod()), new(RuleKind.NamedDuration, FrenchNamedDuration()),
        new(RuleKind.VaguePeriod, FrenchVaguePeriod()), new(RuleKind.ClockDuration, FrenchClockDuration()), new(RuleKind.OrdinalPeriod, FrenchOrdinalPeriod()),
        new(RuleKind.OrdinalPeriod, FrenchWholeUnit()) { Triggers = Trigger.DurationUnit | Trigger.PartOfDay, Lead = 12 },
        new(RuleKind.Duration, FrenchHourCount()) { Triggers = Trigger.ClockLike, Lead = 12 },
    ];

    [GeneratedRegex(@"(?:\b(?<mod>about|around|nearly|almost|more\s+than|less\s+than|over|at\s+least|roughly|some)\s+)?\b(?<num>" + EnglishWords.Number + @")[\s-]+(?<unit>" + EnglishWords.Unit + @")\b(?!-old|\s+old)", EnglishWords.Options)]
    private static partial Regex EnglishDuration();

    [GeneratedRegex(@"(?:\b(?<det>the|these)\s+(?<rel>past|last|coming|next|few)\s+|\b(?<rel>recent)\s+|\b(?<det>the)\s+(?=(?:days|weeks|months|years|decades)\s+(?:ahead|to\s+come)))(?<unit>days|weeks|months|years|decades)\b(?:\s+(?<rel>ahead|to\s+come))?", EnglishWords.Options)]
    private static partial Regex EnglishVaguePeriod();

    [GeneratedRegex(@"(?:\b(?<mod>about|around|nearly|almost|more\s+than|less\s+than|over|at\s+least)\s+)?\b(?<num>" + EnglishWords.ExactNumber + @")\s+(?:and\s+a\s+half\s+(?<unit>hours?|years?|days|months|weeks?|minutes?)|(?<unit>hours?|years?|days?|months?|weeks?|minutes?)\s+and\s+a\s+half)\b|\b(?<num>a)\s+(?<unit>hour|year|day|month|week|minute)\s+and\s+a\s+half\b", EnglishWords.Options)]
    private static partial Regex EnglishHalfDuration();

    [GeneratedRegex(@"\b(?:(?<w>a\s+half[- ]hour|half\s+an\s+hour|a\s+quarter\s+of\s+an\s+hour|half\s+a\s+century|a\s+quarter[- ]century|a\s+fortnight))\b", EnglishWords.Options)]
    private static partial Regex EnglishNamedDuration();

    /// <summary>"the past five years", "the next two weeks", "the last three months": the length, with its words.</summary>
    [GeneratedRegex(@"\b(?<det>the)\s+(?<rel>past|last|next|coming|previous|first)\s+(?<num>" + EnglishWords.ExactNumber + @")\s+(?<unit>" + EnglishWords.Unit + @")\b", EnglishWords.Options)]
    private static partial Regex EnglishCountedPeriod();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.HalfDuration, EnglishHalfDuration()) { Requires = ["half"] }, new(RuleKind.Duration, EnglishDuration()), new(RuleKind.Duration, EnglishCountedPeriod()), new(RuleKind.NamedDuration, EnglishNamedDuration()),
        new(RuleKind.VaguePeriod, EnglishVaguePeriod()),
    ];
}
