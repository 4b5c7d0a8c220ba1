using System.Collections.Immutable;
using Recoupe.Learning;

namespace Recoupe.Tests.Learning;

/// <summary>
/// Boosted trees over linear ranker scores (<see cref="TreeBoostTrainer"/>, <see cref="TreeEnsemble"/>): they learn an
/// interaction no linear weight can (the good candidate has exactly one of two features), the same examples give the
/// same trees, the text form reads back to the same scores, and a split on the domain resolves per domain.
/// </summary>
public class TreeBoostTrainerTests
{
    private static readonly string[] Features = ["a", "b"];

    // Pairs of candidates (a, b); the good one always has exactly one of a and b (an exclusive or): against (1,1) the
    // linear weights must be negative, against (0,0) positive. The pairs against (0,0) are the more common.
    private static readonly (float[][] Pair, bool[] Good)[] Kinds =
    [
        ([[1, 1], [1, 0]], [false, true]),
        ([[1, 1], [0, 1]], [false, true]),
        ([[0, 0], [1, 0]], [false, true]),
        ([[0, 0], [0, 1]], [false, true]),
    ];

    private static List<RankingExample> Xor(int domain = 0)
    {
        var examples = new List<RankingExample>();
        for (int k = 0; k < Kinds.Length; k++)
            for (int i = 0; i < (k < 2 ? 10 : 30); i++) examples.Add(new(Kinds[k].Pair, Kinds[k].Good, "x", domain));
        return examples;
    }

    // How many of the four kinds of pair the scores rank right.
    private static int Right(Func<float[], float> score) => Kinds.Count(k => score(k.Pair[1]) > score(k.Pair[0]));

    [Fact]
    public void Trees_learn_an_interaction_the_linear_ranker_cannot()
    {
        var examples = Xor();
        var linear = new RankerTrainer().Train(Features, examples);
        Assert.True(Right(x => linear.Score(x)) <= 2, $"linear ranks {Right(x => linear.Score(x))} of 4 kinds right");
        var trees = new TreeBoostTrainer(Rounds: 40, MinChildHessian: 0.5f).Train(Features, [linear], examples)[0];
        Assert.Equal(4, Right(x => linear.Score(x) + trees.Score(x)));
    }

    [Fact]
    public void The_same_examples_give_the_same_trees_and_the_text_reads_back()
    {
        var examples = Xor();
        var linear = new RankerTrainer().Train(Features, examples);
        var trainer = new TreeBoostTrainer(Rounds: 10, MinChildHessian: 0.5f);
        var one = trainer.Train(Features, [linear], examples)[0];
        var two = trainer.Train(Features, [linear], examples)[0];
        Assert.Equal(Text(one), Text(two));
        Assert.True(one.Trees == 10 && one.Nodes > 10, $"{one.Trees} trees, {one.Nodes} nodes");
        var read = TreeEnsemble.Read(new StringReader(Text(one)), Features);
        foreach (var x in new float[][] { [0, 0], [1, 0], [0, 1], [1, 1] }) Assert.Equal(one.Score(x), read.Score(x));
    }

    [Fact]
    public void Trees_may_split_on_the_domain_and_each_domain_gets_its_side()
    {
        // Domain 1 holds the opposite preference: (1,1) over (1,0) and (0,1).
        var examples = Xor(0);
        for (int i = 0; i < 40; i++)
        {
            examples.Add(new([[1, 1], [1, 0]], [true, false], "y", 1));
            examples.Add(new([[1, 1], [0, 1]], [true, false], "y", 1));
        }
        var linear = new RankerTrainer(DomainL2Factor: 1000f).Train(Features, 2, examples);
        var trees = new TreeBoostTrainer(Rounds: 60, MinChildHessian: 0.5f).Train(Features, linear, examples);
        Assert.Equal(4, Right(x => linear[0].Score(x) + trees[0].Score(x)));
        Assert.True(linear[1].Score([1, 1]) + trees[1].Score([1, 1]) > linear[1].Score([1, 0]) + trees[1].Score([1, 0]));
    }

    [Fact]
    public void A_tree_naming_an_unknown_feature_is_refused()
    {
        var text = "tree\nnode\tgone\t0.5\t1\t2\nleaf\t1\nleaf\t-1\n";
        Assert.Throws<FormatException>(() => TreeEnsemble.Read(new StringReader(text), Features));
        Assert.Equal(0, TreeEnsemble.Empty(ImmutableArray.Create(Features)).Score([1, 1]));
    }

    private static string Text(TreeEnsemble t)
    {
        var w = new StringWriter();
        t.Write(w);
        return w.ToString();
    }
}
