using Recoupe.Evaluation.Facts;

namespace Recoupe.Tests.Briefs;

/// <summary>The hand judgements of briefs (eval facts-briefs) are found back by their texts whatever the spacing or apostrophes; the halves are fixed.</summary>
public class BriefJudgementsTests
{
    [Fact]
    public void A_citation_is_found_back_whatever_its_whitespace_case_and_apostrophes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                {"citations":[{"topic":"T01","statement":"Le conseil a voté l'arrêté mardi.","file":"T01_C1_01.txt",
                  "sentence":"Mardi, le conseil a  voté l'arrêté.","label":"partial","origin":"said:conseil"}],
                 "conflicts":[{"topic":"T01","values":["12 km","14 km"],"label":"REAL"}]}
                """);
            var j = BriefJudgements.Load(path);
            var found = j.Find("Le conseil a voté l\u2019arrêté mardi.", "T01_C1_01.txt", "Mardi, le Conseil a voté\u00A0l'arrêté.");
            Assert.NotNull(found);
            Assert.Equal("PARTIAL", found!.Label);
            Assert.Equal("said:conseil", found.Origin);
            Assert.Null(j.Find("Le conseil a voté l'arrêté mardi.", "T01_C1_02.txt", "Mardi, le conseil a voté l'arrêté."));
            Assert.Equal("REAL", j.FindConflict("T01", ["14 km", "12 km"]));
            Assert.Null(j.FindConflict("T02", ["14 km", "12 km"]));
            Assert.Single(BriefJudgements.Pairs(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("T01", "tune")]
    [InlineData("T02", "check")]
    [InlineData("T11", "tune")]
    [InlineData("T12", "check")]
    public void Odd_topics_tune_even_topics_check(string topic, string part) => Assert.Equal(part, BriefsJudgedEvalSuite.PartOf(topic));
}
