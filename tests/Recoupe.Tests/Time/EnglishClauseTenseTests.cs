using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// English clauses pick the weekday before or after the writing with English cues only: a place name with a French
/// future's ending ("-rra", "-era") or a sentence-opening "A" is no tense cue, "-ed" after a linking verb ("stay
/// closed") is a state rather than a past, and "until" a weekday ends a state that lies ahead. Own invented sentences,
/// published on a Monday (2023-09-11) unless a case says otherwise.
/// </summary>
public class EnglishClauseTenseTests
{
    private static readonly DateStamp Monday = DateStamp.Day(2023, 9, 11);
    private static readonly DateStamp Wednesday = DateStamp.Day(2023, 9, 13);

    [Theory]
    [InlineData("A fishing boat capsized in heavy swell off Torvarra point late on Sunday, the coastguard said.", "Sunday", TimexType.Date, "2023-09-10")]
    [InlineData("The dredger sank late on Thursday in the outer harbour.", "Thursday", TimexType.Date, "2023-09-07")]
    [InlineData("A barge drifted into the Vallera canal lock late on Thursday.", "Thursday", TimexType.Date, "2023-09-07")]
    [InlineData("A landslide buried the road to Monteira on Thursday evening.", "Thursday evening", TimexType.Time, "2023-09-07TEV")]
    [InlineData("The storm tore the roof off the Cantera stadium Thursday night.", "Thursday night", TimexType.Time, "2023-09-07TNI")]
    [InlineData("Two climbers fell from the Cordera ridge early on Saturday, the mountain rescue service said.", "Saturday", TimexType.Date, "2023-09-09")]
    public void A_past_clause_points_to_the_day_before(string text, string span, TimexType type, string value) => AssertHas(text, "en", Monday, span, type, value);

    [Theory]
    [InlineData("The footbridge will stay closed until Monday.", "Monday", TimexType.Date, "2023-09-18")]
    [InlineData("The footbridge will stay closed until Thursday.", "Thursday", TimexType.Date, "2023-09-14")]
    [InlineData("Engineers said the ring road would stay closed until Wednesday.", "Wednesday", TimexType.Date, "2023-09-13")]
    public void A_state_to_come_ends_on_the_day_after(string text, string span, TimexType type, string value) => AssertHas(text, "en", Monday, span, type, value);

    [Fact]
    public void A_present_state_until_a_weekday_ends_ahead() =>
        AssertHas("The lido remains flooded until Friday.", "en", Wednesday, "Friday", TimexType.Date, "2023-09-15");

    [Fact]
    public void The_lean_follows_the_english_clause()
    {
        var text = "A barge drifted into the Vallera canal lock late on Thursday.";
        var found = Tag(text, "en", Monday).Single(t => t.Span.Of(text) == "Thursday");
        Assert.Equal(TimeLean.Past, found.Lean);
    }
}
