using Recoupe.Model;
using static Recoupe.Tests.Time.TimeSpec;

namespace Recoupe.Tests.Time;

/// <summary>
/// The tense of the governing verb picks the previous or the next weekday or month: two-letter participles
/// ("a eu lieu", "ont pu", "est né") and the passé simple ("signèrent") tell the past. Own sentences, published Tuesday 2023-09-12.
/// </summary>
public class TenseCueTests
{
    [Theory]
    [InlineData("Samedi soir, la fête du quartier a eu lieu sur la place.", "Samedi soir", TimexType.Time, "2023-09-09TEV")]
    [InlineData("Samedi soir, la fête du quartier aura lieu sur la place.", "Samedi soir", TimexType.Time, "2023-09-16TEV")]
    [InlineData("Les randonneurs ont pu redescendre vendredi.", "vendredi", TimexType.Date, "2023-09-08")]
    [InlineData("Le poulain est né dimanche au haras.", "dimanche", TimexType.Date, "2023-09-10")]
    [InlineData("Les deux communes signèrent l'accord en octobre.", "octobre", TimexType.Date, "2022-10")]
    [InlineData("Les deux communes signeront l'accord en octobre.", "octobre", TimexType.Date, "2023-10")]
    public void The_verb_tells_past_or_next(string text, string span, TimexType type, string value) => AssertHas(text, "fr", Tuesday, span, type, value);
}
