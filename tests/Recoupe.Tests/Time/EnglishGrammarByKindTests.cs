using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>The English grammar, kind by kind, on sentences written for these tests (TimeML spans). Published Tuesday 2023-09-12.</summary>
public class EnglishGrammarByKindTests
{
    private static void En(string text, string span, TimexType type, string value) => AssertHas(text, "en", Tuesday, span, type, value);

    [Theory]
    [InlineData("The fair runs from 5 to 9 October.", "5", TimexType.Date, "2023-10-05")]
    [InlineData("The fair runs from 5 to 9 October.", "9 October", TimexType.Date, "2023-10-09")]
    [InlineData("The office was closed May 5-9.", "9", TimexType.Date, "2023-05-09")]
    [InlineData("Results for the third quarter of 2022 were weak.", "the third quarter of 2022", TimexType.Date, "2022-Q3")]
    [InlineData("The band was formed in '97.", "'97", TimexType.Date, "1997")]
    public void Dates_and_ranges(string text, string span, TimexType type, string value) => En(text, span, type, value);

    [Theory]
    [InlineData("The blast happened at 3 p.m. local time.", "3 p.m. local time", "2023-09-12T15:00")]
    [InlineData("Yesterday at 10:15, police closed the road.", "10:15", "2023-09-11T10:15")]
    [InlineData("The strike began at midnight.", "midnight", "2023-09-12T24:00")]
    public void Times(string text, string span, string value) => En(text, span, TimexType.Time, value);

    [Theory]
    [InlineData("The talks lasted two and a half hours.", "two and a half hours", "PT2H30M")]
    [InlineData("He was held for a fortnight.", "a fortnight", "P2W")]
    [InlineData("Prices have risen in recent years.", "recent years", "PXY")]
    public void Durations(string text, string span, string value) => En(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("The council meets every other week.", "every other week", "P2W")]
    [InlineData("She visits her mother twice a week.", "twice a week", "P1W")]
    [InlineData("The club meets on the first Monday of each month.", "the first Monday of each month", "XXXX-WXX-1")]
    [InlineData("The resort closes every winter.", "every winter", "XXXX-WI")]
    public void Sets(string text, string span, string value) => En(text, span, TimexType.Set, value);

    [Theory]
    [InlineData("The plant closed on March 3, 2021. The next day, workers protested.", "The next day", TimexType.Date, "2021-03-04")]
    [InlineData("The plant closed on March 3, 2021. That night, the fire spread.", "That night", TimexType.Time, "2021-03-03TNI")]
    [InlineData("The summit failed in 2019. The following year, talks resumed.", "The following year", TimexType.Date, "2020")]
    [InlineData("For the time being, the border stays closed.", "For the time being", TimexType.Time, "PRESENT_REF")]
    public void Anaphoric_and_fuzzy(string text, string span, TimexType type, string value) => En(text, span, type, value);

    [Theory]
    [InlineData("Stores will open on Christmas Eve.", "Christmas Eve", "2023-12-24")]
    [InlineData("Sales fell sharply after Thanksgiving 2022.", "Thanksgiving 2022", "2022-11-24")]
    [InlineData("Sales rose last summer.", "last summer", "2023-SU")]
    [InlineData("Construction will resume in the spring.", "the spring", "2024-SP")]
    [InlineData("The house was built in the late 19th century.", "the late 19th century", "18XX")]
    public void Holidays_seasons_centuries(string text, string span, string value) => En(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The fall of the regime surprised everyone.", "fall")]
    [InlineData("A 45-year-old man was arrested.", "45-year")]
    public void Look_alikes_are_left_out(string text, string span) => AssertNone(text, "en", span);
}
