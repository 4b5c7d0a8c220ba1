using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// Who said what, on short articles of our own: pronouns and names across paragraphs, "selon X", a colon after the
/// cue, unnamed sources kept without a name, indirect speech with its speaker and clause.
/// </summary>
public class QuoteAttributionTests
{
    private const string French =
        "Le ministre de l'Agriculture, Bertrand Valmont, s'est rendu mardi à Rennes. Il a rencontré des éleveurs inquiets.\n\n" +
        "« Nous ne laisserons personne sur le bord de la route », a-t-il assuré devant la presse.\n\n" +
        "Un haut responsable européen a pour sa part jugé la mesure « insuffisante et tardive ».\n\n" +
        "Selon Claire Morin, présidente de la chambre régionale, « les exploitations ne tiendront pas l'hiver ».\n\n" +
        "Bertrand Valmont a affirmé que l'aide serait versée avant la fin du mois.\n";

    private const string English =
        "Senator Ruth Calloway spent Tuesday in Denver, meeting farmers worried about the drought.\n\n" +
        "\"We will not leave anyone behind,\" she said.\n\n" +
        "A senior administration official said the plan was \"too little, too late.\"\n\n" +
        "Calloway continued: \"Every county will get its share.\"\n";

    private static Recoupe.Model.QuoteMention Quote(string text, string language, string content) =>
        Assert.Single(RecoupePipeline.Default.Annotate(text, language, null).Quotes, q => q.Span.Of(text).StartsWith(content, StringComparison.Ordinal));

    [Theory]
    [InlineData("fr", "Nous ne laisserons", "Bertrand Valmont", "il")]
    [InlineData("fr", "les exploitations", "Claire Morin", "Claire Morin")]
    [InlineData("en", "We will not", "Ruth Calloway", "she")]
    [InlineData("en", "Every county", "Ruth Calloway", "Calloway")]
    public void A_quote_gets_the_named_speaker_its_source_words_stand_for(string language, string content, string speaker, string source)
    {
        var text = language == "fr" ? French : English;
        var q = Quote(text, language, content);
        Assert.False(q.Indirect);
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(source, q.Source);
        Assert.Equal(source, q.SourceSpan!.Value.Of(text));
    }

    [Theory]
    [InlineData("fr", "insuffisante", "Un haut responsable européen")]
    [InlineData("en", "too little", "A senior administration official")]
    public void An_unnamed_source_keeps_its_description_and_gets_no_name(string language, string content, string source)
    {
        var q = Quote(language == "fr" ? French : English, language, content);
        Assert.Null(q.Speaker);
        Assert.Equal(source, q.Source);
    }

    [Fact]
    public void Indirect_speech_has_its_speaker_and_reported_clause()
    {
        var q = Quote(French, "fr", "l'aide serait");
        Assert.True(q.Indirect);
        Assert.Equal("l'aide serait versée avant la fin du mois", q.Span.Of(French));
        Assert.Equal("Bertrand Valmont", q.Speaker);
        Assert.Equal("affirmé", q.CueSpan!.Value.Of(French).Split(' ')[^1]);
    }

    [Fact]
    public void A_title_in_quote_marks_that_nobody_says_is_not_a_quote()
    {
        const string text = "Le festival projettera samedi le film « Les Oiseaux de passage » sur la place du marché.\n";
        Assert.Empty(RecoupePipeline.Default.Annotate(text, "fr", null).Quotes);
    }
}
