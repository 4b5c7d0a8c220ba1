using Recoupe.Briefs.Rendering;

namespace Recoupe.Tests.Briefs;

/// <summary>Timeline dates as a reader reads them: TimeML's part-of-day codes spelt out, clock times set off from the day.</summary>
public class TimexDisplayTests
{
    [Theory]
    [InlineData("2025-04-07TNI", "2025-04-07 night")]
    [InlineData("2025-04-07TEV", "2025-04-07 evening")]
    [InlineData("2025-04-07TMO", "2025-04-07 morning")]
    [InlineData("2025-04-07TAF", "2025-04-07 afternoon")]
    [InlineData("2025-04-07T14:30", "2025-04-07 14:30")]
    [InlineData("2025-04-07", "2025-04-07")]
    [InlineData("2025-04", "2025-04")]
    [InlineData("2025-W14", "2025-W14")]
    [InlineData("PRESENT_REF", "PRESENT_REF")]
    public void A_timeline_date_reads_in_words(string value, string shown) => Assert.Equal(shown, TimexDisplay.Of(value));

    [Theory]
    [InlineData("2025-04-07TNI", "2025-04-07")]
    [InlineData("2025-04-07T14:30", "2025-04-07T14:30")]
    [InlineData("2025-04", "2025-04")]
    public void A_part_of_day_comes_off_for_the_date_axis(string value, string day) => Assert.Equal(day, TimexDisplay.WithoutPartOfDay(value));
}
