using System.Diagnostics;
using System.Text;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>Scraped text is hostile: the mention stages must neither crash nor slow down on it.</summary>
public class HostileInputTests
{
    public static TheoryData<string> Inputs() => new()
    {
        "",
        "«",
        "» » » « « «",
        "\"\"\"\"\"\"\"",
        string.Concat(Enumerable.Repeat("« a « b « c ", 2000)),
        string.Concat(Enumerable.Repeat("Le Le Le De De Du ", 5000)),
        string.Concat(Enumerable.Repeat("ABCDEF ", 20000)),
        string.Concat(Enumerable.Repeat("M. ", 10000)),
        string.Concat(Enumerable.Repeat("Jean-Pierre-Paul-Jacques-", 2000)),
        string.Concat(Enumerable.Repeat("a déclaré que il a-t-elle ajouté, selon ", 3000)),
        string.Concat(Enumerable.Repeat("“x” ", 5000)) + "\n\n" + string.Concat(Enumerable.Repeat("\n« ", 3000)),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Annotating_hostile_text_terminates_quickly(string text)
    {
        var clock = Stopwatch.StartNew();
        var annotations = RecoupePipeline.Default.Annotate(text, "fr", null);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        foreach (var e in annotations.Entities) Assert.True(e.Span.End <= text.Length);
        foreach (var q in annotations.Quotes) Assert.True(q.Span.End <= text.Length);
    }
}
