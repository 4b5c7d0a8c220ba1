using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>French word classes shared by the grammar's kinds, as regex alternations.</summary>
internal static class FrenchWords
{
    public const string Weekday = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    public const string MonthFull = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
    public const string MonthAny = MonthFull + @"|janv\.|f[ée]vr?\.|avr\.|juil\.|sept\.|oct\.|nov\.|d[ée]c\.";
    public const string Day = "1er|premier|3[01]|[12][0-9]|0?[1-9]";
    public const string NumberWord = "une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille";
    /// <summary>A number written in digits or words ("vingt-cinq", "soixante et onze").</summary>
    public const string ExactNumber = @"\d+(?:[.,]\d+)?|(?:" + NumberWord + @")(?:[- ]et[- ]une?|-(?:" + NumberWord + @"))*";
    /// <summary>Exact numbers and the vague quantities TIMEX3 writes as X ("quelques", "plusieurs", "une dizaine d'").</summary>
    public const string Number = ExactNumber + @"|quelques|plusieurs|des|de\s+(?:longues|longs|nombreuses|nombreux)|une\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine)\s+(?:de|d['’])";
    public const string Unit = "secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|années?|an|décennies?|siècles?|trimestres?|semestres?|nuits?|week-ends?";
    public const string Ordinal = "premier|première|1er|1re|deuxième|second|seconde|2e|troisième|3e|quatrième|4e|cinquième|5e|dernier|dernière";
    /// <summary>A part of the day as it follows a day ("lundi soir", "hier en fin d'après-midi", "demain dans la matinée", "mardi à l'aube").</summary>
    public const string PartAfterDay = @"matin|matinée|midi|après-midi|soir|soirée|nuit|en\s+(?:début|fin)\s+(?:de\s+|d['’])(?:matinée|journée|soirée|après-midi)|en\s+(?:matinée|soirée)|dans\s+la\s+(?:matinée|journée|soirée|nuit)|dans\s+l['’]après-midi|au\s+soir|à\s+l['’]aube|au\s+petit\s+matin|au\s+crépuscule|en\s+milieu\s+de\s+(?:matinée|journée|soirée|après-midi)|à\s+la\s+mi-journée";
    /// <summary>Words that say a relative period looks back or ahead ("dernier", "prochaine", "passé", "à venir").</summary>
    public const string Deictic = "dernière|dernier|prochaine|prochain|passée|passé|écoulée|écoulé|en\\s+cours";

    /// <summary>Every French pattern: case-insensitive, culture-invariant, explicit captures only (no backtracking blow-up: no nested quantifiers).</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
}
