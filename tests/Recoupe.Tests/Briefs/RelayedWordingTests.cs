using Recoupe.Briefs.Facts;

namespace Recoupe.Tests.Briefs;

/// <summary>Cited sentences that trace back to one origin by their words: a long unchanged run, or a quoted passage relayed.</summary>
public class RelayedWordingTests
{
    [Fact]
    public void A_dispatch_sentence_rewritten_around_a_long_unchanged_run_is_one_origin() =>
        Assert.True(RelayedWording.SameWording(
            "Paul Girard, l'ancien adjoint qui avait été relaxé en appel après avoir vendu la parcelle au maire en 2011, a saisi lundi le tribunal.",
            "Paul Girard, l'ancien adjoint qui avait été relaxé en appel après avoir vendu avec son frère la parcelle au maire en 2011, a saisi hier le tribunal.",
            "fr"));

    [Fact]
    public void Outlets_sharing_only_an_institution_name_are_not_one_origin() =>
        Assert.False(RelayedWording.SameWording(
            "Le comité (Conseil régional de surveillance des eaux et des forêts du littoral) a été dissous mardi.",
            "Les syndicats contestent la dissolution du Conseil régional de surveillance des eaux et des forêts du littoral.",
            "fr"));

    [Fact]
    public void A_quoted_passage_relayed_without_its_marks_is_one_origin() =>
        Assert.True(RelayedWording.SameWording(
            "La mairie a rappelé aux commerçants « leur obligation de dégager les trottoirs enneigés avant midi », selon un communiqué.",
            "Cette réunion a permis de rappeler aux commerçants leur obligation de dégager les trottoirs enneigés avant midi.",
            "fr"));

    [Fact]
    public void A_short_quoted_fragment_or_a_quoted_name_before_its_acronym_is_no_relay()
    {
        Assert.False(RelayedWording.SameWording(
            "Le rapport décrit des « pratiques très anciennes » dans la filière.",
            "Les inspecteurs jugent ces pratiques très anciennes et tolérées par la direction.", "fr"));
        Assert.False(RelayedWording.SameWording(
            "L'opposition réclame la suppression du « registre national des loueurs saisonniers » (RNLS).",
            "Le registre national des loueurs saisonniers a été créé par un arrêté paru jeudi.", "fr"));
    }

    [Fact]
    public void An_unclosed_quotation_runs_to_the_end_of_the_sentence() =>
        Assert.Equal(["nous ne fermerons aucune école cette année."], RelayedWording.Passages("Le maire a promis : « nous ne fermerons aucune école cette année."));
}
