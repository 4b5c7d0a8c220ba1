using Recoupe.Mentions;
using Recoupe.Model;
namespace Recoupe.Tests.Time;
public class DebugProbe
{
    [Fact]
    public void Probe()
    {
        var path = Environment.GetEnvironmentVariable("PROBE");
        if (path is null) return;
        using var w = new StreamWriter("/tmp/probe.out");
        foreach (var line in File.ReadAllLines(path))
        {
            var t = new TimeTagger().Tag(new AnnotationContext(line, "fr", new Recoupe.Language.SentenceSplitter().Split(line, "fr"), DateStamp.Day(2023, 9, 12)));
            w.WriteLine(line + " => " + string.Join(" | ", t.Select(x => $"[{x.Span.Of(line)}] {x.Type} {x.Value}")));
        }
    }
}
