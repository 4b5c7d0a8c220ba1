using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Facts;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>The cues behind the newer pair features and the independence rule: quoted words, past against future, both denying.</summary>
public class PairCuesTests
{
    private static string[] Words(string s) => s.ToLowerInvariant().Split([' ', ',', '.', '\''], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Quoted_words_are_the_words_inside_quotation_marks_only()
    {
        var q = QuotedWords.Of("Le directeur, Paul Ardent, a dit : « Nous fermerons le site en mai » devant les salariés.");
        Assert.Equal(["fermerons", "mai", "nous", "site"], q);
        Assert.Equal(["digue", "tiendra"], QuotedWords.Of("Selon lui, \"la digue tiendra\", malgré la crue."));
        Assert.Empty(QuotedWords.Of("Aucune citation dans cette phrase ordinaire."));
    }

    [Fact]
    public void The_same_quotation_in_two_framings_is_one_statement_but_another_quotation_is_not()
    {
        var a = QuotedWords.Of("« Le pont rouvrira à la circulation avant la fin du mois », a assuré la préfète lundi.");
        var b = QuotedWords.Of("La préfète de la Vorne s'est voulue rassurante : « le pont rouvrira à la circulation avant la fin du mois ».");
        var c = QuotedWords.Of("« Nous ne savons pas encore quand le pont rouvrira », a reconnu un ingénieur.");
        Assert.True(FactSources.SameQuotation(a, b));
        Assert.Equal(1.0, QuotedWords.Overlap(a, b), 9);
        Assert.False(FactSources.SameQuotation(a, c));
        Assert.True(QuotedWords.Overlap(a, c) < FactSources.MinQuotedOverlap);
    }

    [Theory]
    [InlineData("Le ministre s'est rendu hier à Brevalle pour rencontrer les élus.", "Past")]
    [InlineData("La société a inauguré son usine de batteries près du port.", "Past")]
    [InlineData("Le ministre se rendra à Brevalle pour rencontrer les élus.", "Future")]
    [InlineData("La société devrait inaugurer son usine le mois prochain.", "Future")]
    [InlineData("La société construit une usine de batteries près du port.", "Unknown")]
    public void Time_orientation_reads_tense_and_time_words(string sentence, string expected) =>
        Assert.Equal(Enum.Parse<Orientation>(expected), TimeOrientation.Of(Words(sentence), [], null));

    [Fact]
    public void A_date_after_the_article_day_points_to_the_future_and_one_before_to_the_past()
    {
        var published = DateStamp.Day(2031, 3, 10);
        var words = Words("Le sommet de Brevalle réunit les dirigeants le 20 mars");
        Assert.Equal(Orientation.Future, TimeOrientation.Of(words, [new TimeMention(new TextSpan(0, 1), TimexType.Date, "2031-03-20")], published));
        Assert.Equal(Orientation.Past, TimeOrientation.Of(words, [new TimeMention(new TextSpan(0, 1), TimexType.Date, "2031-02-20")], published));
        Assert.Equal(Orientation.Unknown, TimeOrientation.Of(words, [new TimeMention(new TextSpan(0, 1), TimexType.Date, "2031-03-20")], null));
    }

    [Fact]
    public void Only_past_against_future_clashes()
    {
        Assert.True(TimeOrientation.Clash(Orientation.Past, Orientation.Future));
        Assert.True(TimeOrientation.Clash(Orientation.Future, Orientation.Past));
        Assert.False(TimeOrientation.Clash(Orientation.Past, Orientation.Past));
        Assert.False(TimeOrientation.Clash(Orientation.Past, Orientation.Unknown));
    }
}
