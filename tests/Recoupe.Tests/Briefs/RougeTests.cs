using Recoupe.Evaluation.Summary;

namespace Recoupe.Tests.Briefs;

public class RougeTests
{
    private static readonly Rouge Plain = new("fr", stem: false);

    [Fact]
    public void Identical_texts_score_one_and_disjoint_texts_zero()
    {
        var a = Plain.Tokens("Le chat dort sur le canapé.");
        Assert.Equal(1.0, Plain.N(a, [a], 2).F1, 6);
        Assert.Equal(1.0, Plain.L(a, [a]).F1, 6);
        Assert.Equal(0.0, Plain.N(a, [Plain.Tokens("Un oiseau chante dehors")], 1).F1, 6);
    }

    [Fact]
    public void Counts_are_clipped_and_pooled_over_references()
    {
        // candidate "le le le chat": unigrams le×3, chat×1; reference 1 "le chat" (2), reference 2 "le chien" (2).
        var candidate = Plain.Tokens("le le le chat");
        var score = Plain.N(candidate, [Plain.Tokens("le chat"), Plain.Tokens("le chien")], 1);
        // hits: ref1 min(3,1)+min(1,1) = 2, ref2 min(3,1) = 1 → 3; recall 3/4, precision 3/(2×4)
        Assert.Equal(0.75, score.Recall, 6);
        Assert.Equal(0.375, score.Precision, 6);
    }

    [Fact]
    public void Lcs_follows_word_order_and_stemming_merges_inflections()
    {
        var l = Plain.L(Plain.Tokens("a b c d"), [Plain.Tokens("a x c d")]);
        Assert.Equal(0.75, l.Recall, 6);
        var stemmed = new Rouge("fr", stem: true);
        Assert.Equal(1.0, stemmed.N(stemmed.Tokens("les grandes négociations"), [stemmed.Tokens("le grand négociation")], 1).Recall, 6);
        Assert.Equal(["un", "deux"], Rouge.Truncate(Plain.Tokens("un deux trois"), 2));
    }
}
