using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions.Ner;

/// <summary>A quotation mark or bracket the labeller puts inside a name is cut off the name (invented sentences).</summary>
public class NameEdgeTests
{
    [Theory]
    [InlineData("“Nous resterons aux côtés des Norvégiens”, a déclaré Jeanne Martin. Les Norvégiens ont salué ce geste.", "fr")]
    [InlineData("“Ces bateaux ne serviront jamais contre les Islandais”, a déclaré Jeanne Martin. Les Islandais restent inquiets.", "fr")]
    [InlineData("« Le port de Brevalle restera fermé jusqu'à l'été à la demande de la Compagnie des Pêcheurs » , a dit Paul Lenoir.", "fr")]
    [InlineData("\"We will not sell arms that end up in Ukrainian hands,\" said Jane Roe of the Harbour Council (HC).", "en")]
    public void No_entity_starts_or_ends_with_a_quotation_mark_or_bracket(string text, string language)
    {
        var entities = RecoupePipeline.Default.Annotate(text, language, null).Entities;
        Assert.NotEmpty(entities);
        foreach (var e in entities)
        {
            var surface = text[e.Span.Start..e.Span.End];
            Assert.False("\"«»“”„‘’'()[],;".Contains(surface[0]) || "\"«»“”„‘’'()[],;".Contains(surface[^1]), surface);
        }
    }
}
