using System.Text.RegularExpressions;
using static Recoupe.Mentions.Time.Grammar.FrenchWords;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// References to the present, past or future that name no calendar time (TIMEX3 PRESENT_REF, PAST_REF,
/// FUTURE_REF): adverbs and locutions ("actuellement", "pour l'instant", "de nos jours", "à ce jour", "autrefois",
/// "à l'époque", "ces derniers temps", "à l'avenir", "dans un avenir proche" but not "un avenir brillant" (someone's prospects), "tôt ou tard"),
/// and the adjectives that place a noun in time ("le président actuel", "le prochain sommet", "la future loi":
/// only the adjective is the expression). "désormais" counts from the publication day.
/// </summary>
internal static partial class FuzzyGrammar
{
    [GeneratedRegex(@"\b(?<w>maintenant|désormais|dorénavant|actuellement|présentement|à\s+présent|de\s+nos\s+jours|en\s+ce\s+moment|pour\s+l['’]instant|pour\s+le\s+moment|à\s+l['’]heure\s+actuelle|à\s+l['’]heure\s+qu['’]il\s+est|autrefois|jadis|auparavant|naguère|récemment|dernièrement|par\s+le\s+passé|dans\s+le\s+passé|l['’]avenir|un\s+(?:(?:proche|lointain)\s+avenir|avenir\s+(?:(?:assez|très|plus|relativement)\s+)?(?:proche|lointain|immédiat))|dans\s+le\s+futur|prochainement|bientôt|ultérieurement)(?!\p{L})", Options)]
    private static partial Regex FrenchReference();

    /// <summary>
    /// More of the paradigm, locutions built on common words (their own trigger words, so "jour" or "temps" elsewhere
    /// costs nothing): the present so far, the recent and distant past, the time to come. "à ce jour" (so far) and
    /// "à l'époque" (back then) leave the preposition out, not "à l'époque de ..." (a named era).
    /// </summary>
    [GeneratedRegex(@"\b(?<w>ces\s+jours-ci|pour\s+l['’]heure|dans\s+l['’]immédiat|d['’]ores\s+et\s+déjà|ces\s+derniers\s+temps|il\s+y\s+a\s+(?:bien\s+)?longtemps|tôt\s+ou\s+tard)(?!\p{L})|\bà\s+(?<span>(?<w>ce\s+jour|l['’]époque))(?![-\p{L}])(?!\s+(?:de|du|des|d['’]|où)\b)", Options)]
    private static partial Regex FrenchReferenceLocution();

    /// <summary>"actuel" after its noun or before it; "prochain"/"futur" before their noun ("le prochain sommet", "les futurs élus").</summary>
    [GeneratedRegex(@"\b(?<w>actuel(?:le)?s?)\b|(?<=\b(?:le|la|les|l['’]|son|sa|ses|leur|leurs|du|des|au|aux|un|une|notre|nos|votre|vos|ce|cette|ces)\s*)(?<w>prochaine?s?|futures?|futurs?)\b(?=\s+\p{L})", Options)]
    private static partial Regex FrenchReferenceAdjective();

    public static readonly IReadOnlyList<TimeRule> French =
    [
        new(RuleKind.Reference, FrenchReference()), new(RuleKind.ReferenceAdjective, FrenchReferenceAdjective()),
        new(RuleKind.Reference, FrenchReferenceLocution()) { Triggers = Trigger.Locution },
    ];

    [GeneratedRegex(@"\b(?<w>now|currently|nowadays|at\s+present|presently|for\s+the\s+time\s+being|for\s+now|formerly|in\s+the\s+past|in\s+the\s+future|recently|lately|soon|these\s+days)\b", EnglishWords.Options)]
    private static partial Regex EnglishReference();

    public static readonly IReadOnlyList<TimeRule> English = [new(RuleKind.Reference, EnglishReference())];
}
