using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// A capitalised title right after a verb starts the person's own phrase: "will meet President Lula" gives the role
/// "President", not "meet President"; the few words that qualify a title ("former", "acting") stay in the role.
/// </summary>
public class TitleAfterVerbTests
{
    [Theory]
    [InlineData("The envoy will meet President Amara Diallo in Dakar next week.", "Amara Diallo", "President")]
    [InlineData("Farmers greeted Governor Ellen Price at the fair on Sunday.", "Ellen Price", "Governor")]
    [InlineData("The panel heard former President Amara Diallo on Monday.", "Amara Diallo", "former President")]
    [InlineData("Protesters awaited acting Mayor Tom Berry outside the hall.", "Tom Berry", "acting Mayor")]
    [InlineData("Prefect Claire Vasseur opened a crisis unit on Tuesday.", "Claire Vasseur", "Prefect")]
    public void The_verb_before_a_capitalised_title_is_not_part_of_the_role(string sentence, string person, string role)
    {
        var entities = RecoupePipeline.Default.Annotate(sentence, "en", null).Entities;
        var p = Assert.Single(entities, e => e.Span.Of(sentence) == person);
        Assert.Equal(role, p.Role);
    }
}
