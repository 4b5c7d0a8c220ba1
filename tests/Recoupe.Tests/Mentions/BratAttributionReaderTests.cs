using Recoupe.Evaluation.Quotes;

namespace Recoupe.Tests.Mentions;

/// <summary>The BRAT (PolNeAR-style) gold reader on a small article of our own: direct vs indirect, sources, bad spans.</summary>
public class BratAttributionReaderTests
{
    private const string Text = "Mayor Lena Hart said the bridge would reopen. \"It is safe,\" she added.\n";

    private static string Folder(string ann)
    {
        var dir = Path.Combine(Path.GetTempPath(), "recoupe-brat-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "text"));
        Directory.CreateDirectory(Path.Combine(dir, "attributions"));
        File.WriteAllText(Path.Combine(dir, "text", "paper_2016-03-02_bridge.txt"), Text);
        File.WriteAllText(Path.Combine(dir, "attributions", "paper_2016-03-02_bridge_ab12.ann"), ann);
        return dir;
    }

    private static string Span(string id, string label, string words)
    {
        int s = Text.IndexOf(words, StringComparison.Ordinal);
        return $"{id}\t{label} {s} {s + words.Length}\t{words}\n";
    }

    [Fact]
    public void Reads_direct_and_indirect_attributions_with_their_sources()
    {
        var ann = Span("T1", "Source", "Mayor Lena Hart") + Span("T2", "Cue", "said") + Span("T3", "Content", "the bridge would reopen")
            + Span("T4", "Content", "\"It is safe,\"") + Span("T5", "Source", "she") + Span("T6", "Cue", "added")
            + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n";
        var dir = Folder(ann);
        try
        {
            var doc = Assert.Single(BratAttributionReader.Read(dir));
            Assert.Equal("2016-03", doc.Group);
            Assert.True(doc.AllAttributions);
            Assert.Equal(2, doc.Quotations.Count);
            var indirect = Assert.Single(doc.Quotations, q => !q.Direct);
            Assert.Equal("Mayor Lena Hart", indirect.Source.Text);
            var direct = Assert.Single(doc.Quotations, q => q.Direct);
            Assert.Equal("she", direct.Source.Text);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void A_span_outside_the_text_makes_that_article_unreadable_not_the_batch()
    {
        var dir = Folder("T1\tSource 0 9999\tfar away\nE1\tAttribution:T1 Content:T1 Source:T1\n");
        try
        {
            var notes = new StringWriter();
            Assert.Empty(BratAttributionReader.Read(dir, notes));
            Assert.Contains("unreadable", notes.ToString());
        }
        finally { Directory.Delete(dir, true); }
    }
}
