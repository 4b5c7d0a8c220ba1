using Recoupe.Evaluation.Timex;
using Recoupe.Model;

namespace Recoupe.Tests.Time;

public class TempEvalScoringTests
{
    private const string Tml = """
        <TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="1999-05-17" /></DCT>
        <TEXT>Il est parti <TIMEX3 tid="t2" type="DATE" value="1999-05-16">hier</TIMEX3> &amp; reviendra <TIMEX3 tid="t3" type="DURATION" value="P3D">dans trois jours</TIMEX3>.</TEXT></TimeML>
        """;

    [Fact]
    public void Parses_text_spans_and_creation_time()
    {
        var doc = TimeMLDocument.Parse("d", Tml).GetValueOrThrow();
        Assert.Equal("Il est parti hier & reviendra dans trois jours.", doc.Text);
        Assert.Equal("1999-05-17", doc.CreationTime!.ToIso());
        Assert.Equal(["hier", "dans trois jours"], doc.Timexes.Select(t => t.Span.Of(doc.Text)));
        Assert.Equal("P3D", doc.Timexes[1].Value);
    }

    [Fact]
    public void Missing_text_is_a_failed_result()
    {
        Assert.False(TimeMLDocument.Parse("d", "<TimeML></TimeML>").Success);
    }

    [Fact]
    public void Scores_follow_TempEval3_definitions()
    {
        var gold = new List<GoldTimex> { new(new TextSpan(0, 4), "DATE", "2023-09-11"), new(new TextSpan(10, 25), "DURATION", "P3D") };
        var system = new List<GoldTimex>
        {
            new(new TextSpan(0, 4), "DATE", "2023-09-11"),        // strict, right value
            new(new TextSpan(13, 25), "DURATION", "P2D"),         // relaxed only, wrong value
            new(new TextSpan(30, 34), "DATE", "2023"),            // spurious
        };
        var scorer = new TempEvalScorer();
        scorer.Add(gold, system);
        var m = scorer.Metrics();
        Assert.Equal(0.5, m["strict_recall"]);
        Assert.Equal(Math.Round(1 / 3.0, 4), m["strict_precision"]);
        Assert.Equal(1.0, m["relaxed_recall"]);
        Assert.Equal(Math.Round(2 / 3.0, 4), m["relaxed_precision"]);
        Assert.Equal(0.5, m["value_accuracy"]);
        Assert.Equal(Math.Round(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), 4), m["value_f1"]);
        Assert.Equal(m["relaxed_f1"], m["type_f1"]);
    }
}
