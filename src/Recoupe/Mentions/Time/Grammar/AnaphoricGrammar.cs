using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Expressions counted from the time the narrative has reached (the last date the text gave), not from the
/// publication: "la veille", "le lendemain matin", "le même jour", "ce jour-là", "l'année suivante",
/// "la semaine précédente", "ce moment-là", "trois jours plus tard". Without an earlier date they count from the publication.
/// </summary>
internal static partial class AnaphoricGrammar
{
    [GeneratedRegex(@"\b(?<w>la\s+veille|le\s+lendemain|l['’]avant-veille|le\s+surlendemain)\b(?:\s+(?<part>matin|soir|après-midi|au\s+soir|au\s+matin|dans\s+la\s+(?:matinée|soirée|nuit)|en\s+(?:fin|début)\s+(?:de\s+|d['’])(?:matinée|soirée|après-midi))\b)?", Options)]
    private static partial Regex FrenchNeighbourDay();

    /// <summary>The reference's own day, month or year: "le même jour", "le jour même", "ce jour-là", "cette année-là", "la même année", "(à) la même époque".</summary>
    [GeneratedRegex(@"\b(?:(?<det>le|la)\s+même\s+(?<unit>jour|soir|matin|nuit|semaine|mois|année|époque)|(?<det>le)\s+(?<unit>jour|soir)\s+même|(?<det>ce|cette|ce)\s+(?<unit>jour|soir|matin|nuit|semaine|mois|année)[- ]là)\b", Options)]
    private static partial Regex FrenchSameAsReference();

    /// <summary>One unit before or after the reference: "l'année précédente", "le mois suivant", "la semaine d'après", "le jour suivant".</summary>
    [GeneratedRegex(@"\b(?<det>l['’]|la|le)\s*(?<unit>année|an|mois|semaine|jour|week-end)\s+(?<rel>précédente?|suivante?|d['’]avant|d['’]après)(?!\p{L})", Options)]
    private static partial Regex FrenchRelativeToReference();

    [GeneratedRegex(@"\b(?<w>ce\s+moment[- ]là|ce\s+moment\s+là|cet\s+instant)\b", Options)]
    private static partial Regex FrenchMoment();

    /// <summary>
    /// A counted shift from the narrative's time: "trois jours plus tard", "deux ans auparavant", "une semaine après".
    /// A bare "avant"/"après" followed by its object ("trois jours avant le vote") is a length before an event, not a
    /// shift from the narrative, so it is left to the duration rule.
    /// </summary>
    [GeneratedRegex(@"\b(?<num>" + ExactNumber + @")(?:\s+|(?<=['’]))(?<unit>jours?|journées?|semaines?|mois|ans|années?|an|décennies?|siècles?|nuits?)\s+(?<rel>plus\s+tard|plus\s+tôt|auparavant|après|avant)(?![\p{L}-])(?!\s*(?:le|la|les|l['’]|de|des|du|d['’]|que|qu['’]|sa|son|ses|leur|leurs|cette|ce|cet|ces|notre|votre|un|une)(?![\p{L}]))", Options)]
    private static partial Regex FrenchCountedShift();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.NeighbourDay, FrenchNeighbourDay()), new(RuleKind.SameAsReference, FrenchSameAsReference()),
        new(RuleKind.RelativeToReference, FrenchRelativeToReference()), new(RuleKind.Moment, FrenchMoment()),
        new(RuleKind.CountedShift, FrenchCountedShift()) { Requires = ["tard", "tôt", "auparavant", "après", "avant"] },
    ];

    /// <summary>"the day before", "the next day", "the following evening", "the previous night".</summary>
    [GeneratedRegex(@"\b(?<w>the\s+day\s+before|the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+day\s+after)\b(?!\s+(?:yesterday|tomorrow))(?:\s+(?<part>" + EnglishWords.Part + @")\b)?|\b(?<w>the\s+(?:next|following|previous))\s+(?<part>" + EnglishWords.Part + @")\b", EnglishWords.Options)]
    private static partial Regex EnglishNeighbourDay();

    [GeneratedRegex(@"\b(?:(?<det>the)\s+same\s+(?<unit>day|night|morning|evening|week|month|year)|(?<det>that)\s+(?<unit>day|night|morning|evening|week|month|year))\b", EnglishWords.Options)]
    private static partial Regex EnglishSameAsReference();

    [GeneratedRegex(@"\b(?<det>the)\s+(?<rel>following|previous|next|preceding)\s+(?<unit>week|month|year|weekend)\b", EnglishWords.Options)]
    private static partial Regex EnglishRelativeToReference();

    [GeneratedRegex(@"\b(?<w>that\s+moment|that\s+time)\b", EnglishWords.Options)]
    private static partial Regex EnglishMoment();

    /// <summary>"three days later", "a year earlier", "two weeks after" (not "two weeks after the vote": a length before an event).</summary>
    [GeneratedRegex(@"\b(?<num>" + EnglishWords.ExactNumber + @")[\s-]+(?<unit>days?|weeks?|months?|years?|decades?|nights?)\s+(?<rel>later|earlier|before|after)\b(?!\s+(?:the|a|an|his|her|its|their|our|that|this|these|those|he|she|it|they|we|i|you)\b)", EnglishWords.Options)]
    private static partial Regex EnglishCountedShift();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.NeighbourDay, EnglishNeighbourDay()), new(RuleKind.SameAsReference, EnglishSameAsReference()),
        new(RuleKind.RelativeToReference, EnglishRelativeToReference()), new(RuleKind.Moment, EnglishMoment()),
        new(RuleKind.CountedShift, EnglishCountedShift()) { Requires = ["later", "earlier", "before", "after"] },
    ];
}
