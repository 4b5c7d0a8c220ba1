namespace Recoupe.Mentions.Time.Grammar;

/// <summary>
/// The whole grammar, per language, in the order rules win ties between equally long matches: calendar dates first,
/// then counted and anaphoric ones, references, durations, sets, times and parts of day, holidays, seasons, eras.
/// Overlaps are settled by length in <see cref="TimeTagger"/>, so the order only matters between equal spans.
/// </summary>
internal static class TimeGrammar
{
    public static readonly IReadOnlyList<TimeRule> French =
    [
        .. DateGrammar.French, .. DeicticGrammar.French, .. AnaphoricGrammar.French, .. PartOfDayGrammar.French,
        .. DurationGrammar.French, .. SetGrammar.French, .. ClockGrammar.French, .. FuzzyGrammar.French,
        .. HolidayGrammar.FrenchRules, .. SeasonGrammar.French, .. EraGrammar.French,
    ];

    public static readonly IReadOnlyList<TimeRule> English =
    [
        .. DateGrammar.English, .. DeicticGrammar.English, .. AnaphoricGrammar.English, .. PartOfDayGrammar.English,
        .. DurationGrammar.English, .. SetGrammar.English, .. ClockGrammar.English, .. FuzzyGrammar.English,
        .. HolidayGrammar.EnglishRules, .. SeasonGrammar.English, .. EraGrammar.English,
    ];

    /// <summary>Languages other than French and English get both (numbers, years and ISO dates still match).</summary>
    public static readonly IReadOnlyList<TimeRule> Both = [.. French, .. English];
}
