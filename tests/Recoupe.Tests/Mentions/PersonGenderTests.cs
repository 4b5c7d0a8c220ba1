using Recoupe.Mentions.Gazetteers;

namespace Recoupe.Tests.Mentions;

/// <summary>The gender a document gives a person, for "il"/"elle": role words, determiners and given names (invented texts).</summary>
public class PersonGenderTests
{
    [Theory]
    // French names many offices in the masculine whoever holds them: a woman's given name outweighs "le maire".
    [InlineData("Le maire de Vallerne, Odile Ferrandin, a demandé une enquête.", "Odile Ferrandin", Gender.Female)]
    [InlineData("Le ministre des Ports, Claire Dumas, a visité le chantier.", "Claire Dumas", Gender.Female)]
    // A feminine role stays feminine, a masculine one with a man's name masculine.
    [InlineData("La porte-parole du ministère, Dominique Lenoir, a démenti.", "Dominique Lenoir", Gender.Female)]
    [InlineData("Le maire de Vallerne, Gilles Tardieu, a demandé une enquête.", "Gilles Tardieu", Gender.Male)]
    public void A_role_and_a_given_name_give_the_persons_gender(string text, string name, Gender expected)
    {
        var doc = QuoteDocuments.Of(text, "fr");
        var person = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal(expected, doc.GenderOf(person));
    }
}
