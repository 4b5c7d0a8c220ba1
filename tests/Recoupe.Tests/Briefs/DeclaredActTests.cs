using Recoupe.Briefs.Facts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// "Declare" reports what someone says ("a déclaré que…", "declared on Monday that…") unless what follows is an act being
/// declared (a state of emergency, a war): then its subject did something and is no origin of the claim. Invented sentences.
/// </summary>
public sealed class DeclaredActTests
{
    [Theory]
    [InlineData("Le maire Paul Vernier a déclaré que la digue tiendrait.", "fr")]
    [InlineData("Le maire Paul Vernier a déclaré lundi à la presse que la digue tiendrait.", "fr")]
    [InlineData("Le maire Paul Vernier a déclaré le 3 mai que la digue tiendrait.", "fr")]
    [InlineData("Mayor Paul Vernier declared on Monday that the levee would hold.", "en")]
    [InlineData("Mayor Paul Vernier declared the levee safe.", "en")]
    [InlineData("Mayor Paul Vernier said the levee would hold.", "en")]
    public void Declaring_what_is_so_is_saying(string sentence, string language) =>
        Assert.True(StatedBy.VerbFollows(sentence, AfterName(sentence), language));

    [Theory]
    [InlineData("Le maire Paul Vernier a déclaré l'état d'urgence dans la commune.", "fr")]
    [InlineData("Le maire Paul Vernier a déclaré l’état de catastrophe naturelle.", "fr")]
    [InlineData("Le maire Paul Vernier a déclaré forfait pour le second tour.", "fr")]
    [InlineData("Mayor Paul Vernier declared a state of emergency on Saturday.", "en")]
    [InlineData("Mayor Paul Vernier declared bankruptcy for the city.", "en")]
    public void Declaring_an_act_is_not_saying(string sentence, string language) =>
        Assert.False(StatedBy.VerbFollows(sentence, AfterName(sentence), language));

    private static TextSpan AfterName(string sentence)
    {
        int end = sentence.IndexOf("Vernier", StringComparison.Ordinal) + "Vernier".Length;
        return new TextSpan(end, sentence.Length);
    }
}
