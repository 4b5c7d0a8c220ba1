using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// Named days of the calendar: fixed ("Noël", "la Toussaint", "le jour de l'An", "Christmas Eve") and movable
/// ("Pâques", "la Pentecôte", "l'Ascension", "Thanksgiving"), with a year or "dernier"/"prochain" when given.
/// Case matters for the words that are also common nouns ("l'ascension du col", "la toussaint" is fine either way).
/// The dates themselves are in <see cref="Holidays"/>.
/// </summary>
internal static partial class HolidayGrammar
{
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"(?<pre>\b(?:la|le|l['’])\s*)?(?<![\p{L}-])(?<h>[Vv]eille\s+de\s+Noël|[Rr]éveillon\s+de\s+Noël|[Rr]éveillon\s+du\s+(?:Nouvel\s+An|nouvel\s+an|31\s+décembre)|Noël|Saint-Sylvestre|[Nn]ouvel\s+[Aa]n|[Jj]our\s+de\s+l['’][Aa]n|Toussaint|[Ll]undi\s+de\s+Pâques|Pâques|[Ll]undi\s+de\s+(?:la\s+)?Pentecôte|Pentecôte|Ascension|Assomption|Saint-Valentin|Chandeleur|Mardi\s+gras|[EÉ]piphanie|[Ff]ête\s+du\s+[Tt]ravail|[Ff]ête\s+de\s+la\s+[Mm]usique|[Ff]ête\s+nationale|Vendredi\s+saint|Halloween)(?![\p{L}-])(?:\s+(?<year>(?:19|20)[0-9]{2})\b)?(?:\s+(?<rel>dernier|dernière|prochain|prochaine)\b)?", CaseSensitive)]
    private static partial Regex French();

    [GeneratedRegex(@"(?<![\p{L}-])(?<h>Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve|New\s+Year['’]s\s+Day|New\s+Year['’]s|Easter\s+Sunday|Easter\s+Monday|Easter|Good\s+Friday|Thanksgiving(?:\s+Day)?|Halloween|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Valentine['’]s\s+Day|Boxing\s+Day|Veterans\s+Day)(?![\p{L}-])(?:\s+(?<year>(?:19|20)[0-9]{2})\b)?", CaseSensitive)]
    private static partial Regex EnglishPattern();

    public static readonly IReadOnlyList<TimeRule> FrenchRules = [new(RuleKind.Holiday, French())];
    public static readonly IReadOnlyList<TimeRule> EnglishRules = [new(RuleKind.Holiday, EnglishPattern())];
}
