using System.Text;
using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Tests.Ingest;

public sealed class InputCollectorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-inputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content) => Write(relative, Encoding.UTF8.GetBytes(content));

    private string Write(string relative, byte[] content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_folder_is_read_recursively_in_a_stable_order_and_only_known_extensions()
    {
        Write("b/two.txt", "Deuxième article.");
        Write("a/one.html", "<html><body><p>Premier article.</p></body></html>");
        Write("a/picture.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0]);
        Write("README", "not an article");
        var items = InputCollector.Collect([_dir]).ToList();
        Assert.Equal(2, items.Count);
        var docs = items.Cast<InputDocument>().ToList();
        Assert.EndsWith("one.html", docs[0].Input);
        Assert.Equal(InputKind.Html, docs[0].Document.Kind);
        Assert.Equal(InputKind.Text, docs[1].Document.Kind);
    }

    [Fact]
    public void Json_lines_give_one_document_per_line_and_a_clear_error_for_a_bad_line()
    {
        var path = Write("dump.jsonl",
            """
            {"url": "https://example.org/a", "title": "A", "published": "2023-09-05", "outlet": "Example", "text": "Le texte de A."}
            {"url": "https://example.org/b", "title": "B", "html": "<p>Le texte de B.</p>"}
            {"url": "https://example.org/c", "title": "C"
            {"title": "D"}
            """);
        var items = InputCollector.Collect([path]).ToList();
        Assert.Equal(4, items.Count);
        var a = Assert.IsType<InputDocument>(items[0]).Document;
        Assert.Equal(InputKind.JsonLine, a.Kind);
        Assert.Equal("Example", a.Hints.Outlet);
        Assert.Equal("2023-09-05", a.Hints.Published);
        Assert.Equal("Le texte de A.", Encoding.UTF8.GetString(a.Bytes));
        Assert.Contains("<p>", Encoding.UTF8.GetString(Assert.IsType<InputDocument>(items[1]).Document.Bytes));
        var bad = Assert.IsType<InputFailure>(items[2]);
        Assert.EndsWith(":3", bad.Input);
        Assert.Contains("malformed JSON", bad.Reason);
        Assert.Contains("neither", Assert.IsType<InputFailure>(items[3]).Reason);
    }

    [Fact]
    public void Rss_and_atom_feeds_give_their_items_with_metadata()
    {
        var rss = Write("news.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Le Journal</title>
                <item><title>Premier</title><link>https://journal.example/1</link><pubDate>Tue, 05 Sep 2023 14:02:00 GMT</pubDate>
                  <dc:creator>Jeanne Martin</dc:creator><content:encoded><![CDATA[<p>Texte complet.</p>]]></content:encoded></item>
                <item><title>Second</title><link>https://journal.example/2</link><description>Résumé seulement.</description></item>
              </channel>
            </rss>
            """);
        var atom = Write("news.atom", """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>The Paper</title>
              <entry><id>tag:paper,1</id><title>First</title><link href="https://paper.example/1"/><published>2023-09-05T10:00:00Z</published>
                <author><name>John Doe</name></author><content type="html">&lt;p&gt;Full text.&lt;/p&gt;</content></entry>
            </feed>
            """);
        var items = InputCollector.Collect([rss, atom]).Cast<InputDocument>().Select(d => d.Document).ToList();
        Assert.Equal(3, items.Count);
        Assert.All(items, d => Assert.Equal(InputKind.FeedItem, d.Kind));
        Assert.Equal("Le Journal", items[0].Hints.Outlet);
        Assert.Equal("2023-09-05T14:02:00", items[0].Hints.Published);
        Assert.Equal("Jeanne Martin", items[0].Hints.Author);
        Assert.Equal("<p>Texte complet.</p>", Encoding.UTF8.GetString(items[0].Bytes));
        Assert.Equal("Résumé seulement.", Encoding.UTF8.GetString(items[1].Bytes));
        Assert.Equal("The Paper", items[2].Hints.Outlet);
        Assert.Equal("https://paper.example/1", items[2].Hints.Url);
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_not_expanded()
    {
        var path = Write("evil.rss", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>x</title><item><title>&xxe;</title></item></channel></rss>
            """);
        var item = Assert.Single(InputCollector.Collect([path]));
        Assert.Contains("malformed feed", Assert.IsType<InputFailure>(item).Reason);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty input")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x20 }, "empty input")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, "binary content")]
    public void Empty_and_binary_inputs_are_rejected_with_a_reason(string name, byte[] bytes, string reason)
    {
        var path = Write(name, bytes);
        var item = Assert.Single(InputCollector.Collect([path]));
        Assert.StartsWith(reason, Assert.IsType<RejectedInput>(item).Reason);
    }

    [Fact]
    public void A_missing_path_is_reported_and_the_others_go_on()
    {
        var ok = Write("ok.txt", "Un article.");
        var items = InputCollector.Collect([Path.Combine(_dir, "nope.txt"), ok]).ToList();
        Assert.Equal("no such file or folder", Assert.IsType<InputFailure>(items[0]).Reason);
        Assert.IsType<InputDocument>(items[1]);
    }

    [Fact]
    public void Html_saved_as_txt_is_recognised_by_its_content()
    {
        var path = Write("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>");
        Assert.Equal(InputKind.Html, Assert.IsType<InputDocument>(Assert.Single(InputCollector.Collect([path]))).Document.Kind);
    }
}

public sealed class SidecarHintsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-sidecar-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_meta_json_beside_a_file_gives_its_hints_and_is_not_an_input_itself()
    {
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "Un article.");
        File.WriteAllText(Path.Combine(_dir, "a.txt.meta.json"), """{"outlet": "Le Journal", "published": "2023-09-05", "url": "https://journal.example/a"}""");
        File.WriteAllText(Path.Combine(_dir, "b.txt"), "Un autre.");
        File.WriteAllText(Path.Combine(_dir, "b.txt.meta.json"), "{ broken");
        var docs = InputCollector.Collect([_dir]).Cast<InputDocument>().Select(d => d.Document).ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("Le Journal", docs[0].Hints.Outlet);
        Assert.Equal("2023-09-05", docs[0].Hints.Published);
        Assert.Null(docs[1].Hints.Outlet);
    }
}
