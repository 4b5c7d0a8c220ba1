using Recoupe.Briefs.Claims;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>Polarity, modality and named sources of a claim (our own sentences).</summary>
public class ClaimCuesTests
{
    private static string[] Words(string s) => Tokenizer.Tokenize(s).Select(t => t.Lower).ToArray();

    [Theory]
    [InlineData("Le gouvernement n'a pas versé de rançon aux ravisseurs.", true)]
    [InlineData("Il n'a jamais rencontré le ministre.", true)]
    [InlineData("La ville a été évacuée sans incident.", true)]
    [InlineData("The minister did not confirm the visit.", true)]
    [InlineData("Il n'a payé que 300 euros pour la réparation.", false)]
    [InlineData("Le maire a inauguré la nouvelle école lundi.", false)]
    public void Negation_is_read_and_ne_que_is_not_one(string sentence, bool negated) =>
        Assert.Equal(negated, ClaimCues.IsNegated(Words(sentence)));

    [Fact]
    public void A_denial_negates_what_follows_it()
    {
        var words = Words("La France a nié avoir versé une rançon.");
        int denial = Array.IndexOf(words, "nié");
        var negated = ClaimCues.NegatedWords(words, i => i == denial);
        Assert.Contains(Array.IndexOf(words, "versé"), negated);
        Assert.Contains(Array.IndexOf(words, "rançon"), negated);
    }

    [Theory]
    [InlineData("Le ministre pourrait se rendre à Kiev la semaine prochaine.", "Possible")]
    [InlineData("Le suspect aurait quitté le pays dimanche.", "Possible")]
    [InlineData("Le ministre se rendra à Kiev la semaine prochaine.", "Expected")]
    [InlineData("The minister will travel to Kyiv next week.", "Expected")]
    [InlineData("Le ministre s'est rendu à Kiev lundi.", "Asserted")]
    public void Modality_tells_done_from_possible_and_expected(string sentence, string expected) =>
        Assert.Equal(expected, ClaimCues.ModalityOf(Words(sentence)).ToString());

    [Fact]
    public void Selon_names_a_source_in_words_or_by_entity()
    {
        const string s = "Le bilan s'élève à 12 morts, selon un bilan officiel publié dimanche.";
        var found = SourceCues.Find(s, new TextSpan(0, s.Length), "fr", _ => null);
        Assert.NotNull(found);
        Assert.StartsWith("t:", found!.Value.Source.Key);
        Assert.StartsWith("bilan officiel", found.Value.Source.Name);

        const string e = "Les troupes se sont retirées, selon Pékin.";
        var byEntity = SourceCues.Find(e, new TextSpan(0, e.Length), "fr", span => e[span.Start..span.End].StartsWith("Pékin") ? (7, "Pékin") : null);
        Assert.Equal("e7", byEntity!.Value.Source.Key);
    }

    [Theory]
    [InlineData("Les informations selon lesquelles le ministre démissionnerait sont fausses.")]
    [InlineData("Le ministre a visité l'usine mardi.")]
    public void No_source_is_invented(string s) => Assert.Null(SourceCues.Find(s, new TextSpan(0, s.Length), "fr", _ => null));
}
