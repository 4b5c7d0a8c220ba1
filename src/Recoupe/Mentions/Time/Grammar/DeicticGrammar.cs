using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Expressions counted from the time of writing (the publication date): "hier", "aujourd'hui", "demain soir",
/// "la semaine dernière", "cette année", "le siècle dernier", "il y a trois jours", "dans deux ans".
/// "il y a" and "dans" belong to the expression (as "ago" does in TimeML); "précédent"/"suivant" count from the
/// narrative instead (<see cref="AnaphoricGrammar"/>).
/// </summary>
internal static partial class DeicticGrammar
{
    [GeneratedRegex(@"\b(?<w>avant-hier|après-demain|hier|aujourd['’]hui|demain)(?!\p{L})(?:\s+(?<wd>" + Weekday + @")\b|\s*\((?<wd>" + Weekday + @")\))?(?:\s+(?<part>" + PartAfterDay + @")\b)?", Options)]
    private static partial Regex FrenchDeicticDay();

    [GeneratedRegex(@"(?:\b(?<mod>(?:la\s+|le\s+|dans\s+le\s+)?(?:fin|début|milieu|courant))\s+)?\b(?<det>cette|cet|ce|du|de\s+la|de\s+l['’]|la|le|l['’])\s*(?<unit>semaine|week-end|mois|année|an|trimestre|semestre|siècle|décennie)(?:-ci)?\b(?:\s+(?<rel>" + Deictic + @")\b)?", Options)]
    private static partial Regex FrenchRelativePeriod();

    /// <summary>"(en) fin d'année", "(en) début de semaine", "fin de mois": the current period's edge.</summary>
    [GeneratedRegex(@"\b(?<mod>début|fin|milieu)\s+(?:de\s+|d['’])(?<unit>semaine|mois|année)\b", Options)]
    private static partial Regex FrenchPeriodEdge();

    [GeneratedRegex(@"\b(?:il\s+y\s+a|voilà|voici)\s+(?:(?:tout\s+juste|exactement|précisément|presque|environ|à\s+peine|déjà|près\s+de|plus\s+de|moins\s+de|près\s+d['’]|plus\s+d['’]|moins\s+d['’])\s*)?(?<num>" + ExactNumber + @"|quelques|plusieurs)(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b", Options)]
    private static partial Regex FrenchAgo();
    // "il y a tout juste un an", "il y a près de deux ans": the modifier belongs to the expression, the value is the date

    [GeneratedRegex(@"\b(?:dans|d['’]ici)\s+(?<num>" + ExactNumber + @"|quelques|plusieurs)(?:\s+|(?<=['’]))(?<unit>" + Unit + @")\b", Options)]
    private static partial Regex FrenchLater();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.DeicticDay, FrenchDeicticDay()), new(RuleKind.RelativePeriod, FrenchRelativePeriod()), new(RuleKind.RelativePeriod, FrenchPeriodEdge()),
        new(RuleKind.Ago, FrenchAgo()), new(RuleKind.Later, FrenchLater()),
    ];

    [GeneratedRegex(@"\b(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tomorrow|tonight)\b(?:\s+(?<part>" + EnglishWords.Part + @")\b)?", EnglishWords.Options)]
    private static partial Regex EnglishDeicticDay();

    [GeneratedRegex(@"(?:\b(?<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of|early|late|mid)\s*-?\s*)?\b(?<det>this|last|next|the\s+past|the\s+coming|the\s+current|current)\s+(?<unit>week|weekend|month|year|quarter|century|decade)\b|\b(?<mod>(?:the\s+)?(?:end|beginning|start|middle)\s+of)\s+the\s+(?<unit>week|month|year|decade|century)\b", EnglishWords.Options)]
    private static partial Regex EnglishRelativePeriod();

    /// <summary>"two days ago", "nearly a decade ago", "more than a year ago": the modifier belongs to the expression.</summary>
    [GeneratedRegex(@"(?:\b(?:nearly|almost|about|around|roughly|some|over|just|exactly|barely|more\s+than|less\s+than)\s+)?\b(?<num>" + EnglishWords.Number + @")\s+(?<unit>" + EnglishWords.Unit + @")\s+ago\b", EnglishWords.Options)]
    private static partial Regex EnglishAgo();

    /// <summary>"over the weekend", "during the weekend": the weekend the tense points to (the last one in a past clause).</summary>
    [GeneratedRegex(@"\b(?:over|during|at|on|for|through)\s+(?<span>(?<det>the)\s+(?<unit>weekend))\b", EnglishWords.Options)]
    private static partial Regex EnglishTheWeekend();

    public static readonly IReadOnlyList<TimeRule> English =
    [
        new(RuleKind.DeicticDay, EnglishDeicticDay()), new(RuleKind.RelativePeriod, EnglishRelativePeriod()),
        new(RuleKind.Ago, EnglishAgo()), new(RuleKind.RelativePeriod, EnglishTheWeekend()),
    ];
}
