using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Expressions counted from the time the narrative has reached (the last date the text gave), not from the
/// publication: "la veille", "le lendemain matin", "le même jour", "ce jour-là", "l'année suivante",
/// "la semaine précédente", "ce moment-là". Without an earlier date they count from the publication.
/// </summary>
internal static partial class AnaphoricGrammar
{
    [GeneratedRegex(@"\b(?<w>la\s+veille|le\s+lendemain|l['’]avant-veille|le\s+surlendemain)\b(?:\s+(?<part>matin|soir|après-midi|au\s+soir|au\s+matin|dans\s+la\s+(?:matinée|soirée|nuit)|en\s+(?:fin|début)\s+(?:de\s+|d['’])(?:matinée|soirée|après-midi))\b)?", Options)]
    private static partial Regex FrenchNeighbourDay();

    /// <summary>The reference's own day, month or year: "le même jour", "le jour même", "ce jour-là", "cette année-là", "la même année".</summary>
    [GeneratedRegex(@"\b(?:(?<det>le|la)\s+même\s+(?<unit>jour|soir|matin|nuit|semaine|mois|année)|(?<det>le)\s+(?<unit>jour|soir)\s+même|(?<det>ce|cette|ce)\s+(?<unit>jour|soir|matin|nuit|semaine|mois|année)[- ]là)\b", Options)]
    private static partial Regex FrenchSameAsReference();

    /// <summary>One unit before or after the reference: "l'année précédente", "le mois suivant", "la semaine d'après", "le jour suivant".</summary>
    [GeneratedRegex(@"\b(?<det>l['’]|la|le)\s*(?<unit>année|an|mois|semaine|jour|week-end)\s+(?<rel>précédente?|suivante?|d['’]avant|d['’]après)(?!\p{L})", Options)]
    private static partial Regex FrenchRelativeToReference();

    [GeneratedRegex(@"\b(?<w>ce\s+moment[- ]là|ce\s+moment\s+là|cet\s+instant)\b", Options)]
    private static partial Regex FrenchMoment();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.NeighbourDay, FrenchNeighbourDay()), new(RuleKind.SameAsReference, FrenchSameAsReference()),
        new(RuleKind.RelativeToReference, FrenchRelativeToReference()), new(RuleKind.Moment, FrenchMoment()),
    ];

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before|the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+day\s+after)\b(?!\s+(?:yesterday|tomorrow))(?:\s+(?<part>" + EnglishWords.Part + @")\b)?", EnglishWords.Options)]
    private static partial Regex EnglishNeighbourDay();

    [GeneratedRegex(@"\b(?:(?<det>the)\s+same\s+(?<unit>day|night|morning|evening|week|month|year)|(?<det>that)\s+(?<unit>day|night|morning|evening|week|month|year))\b", EnglishWords.Options)]
    private static partial Regex EnglishSameAsReference();

    [GeneratedRegex(@"\b(?<det>the)\s+(?<rel>following|previous|next|preceding)\s+(?<unit>week|month|year|weekend)\b", EnglishWords.Options)]
    private static partial Regex EnglishRelativeToReference();

    [GeneratedRegex(@"\b(?<w>that\s+moment|that\s+time)\b", EnglishWords.Options)]
    private static partial Regex EnglishMoment();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.NeighbourDay, EnglishNeighbourDay()), new(RuleKind.SameAsReference, EnglishSameAsReference()),
        new(RuleKind.RelativeToReference, EnglishRelativeToReference()), new(RuleKind.Moment, EnglishMoment()),
    ];
}
