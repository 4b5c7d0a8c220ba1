using System.Text;
using Recoupe.Ingest;
using Recoupe.Model;

namespace Recoupe.Tests.Ingest;

/// <summary>Inputs a hostile tester sends: each is read or rejected on its own, and nothing stops the others.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("recoupe-hostile-").FullName;

    public void Dispose()
    {
        // A file named with bytes that are not UTF-8 cannot be deleted through .NET either.
        using var rm = System.Diagnostics.Process.Start("rm", ["-rf", _dir]);
        rm.WaitForExit();
    }

    private string Write(string relative, string content) => Write(relative, Encoding.UTF8.GetBytes(content));

    private string Write(string relative, byte[] content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void A_lone_surrogate_or_nul_in_a_json_line_is_replaced_and_the_other_lines_go_on()
    {
        var path = Write("dump.jsonl",
            "{\"title\": \"Un titre \\ud800 seul\", \"outlet\": \"A\\udc00\", \"text\": \"Le texte \\ud800 avec une moitié de paire.\"}\n"
            + "{\"text\": \"Un octet nul \\u0000 dans le texte.\"}\n"
            + "{\"text\": \"Une ligne ordinaire, avec une paire entière \\ud83d\\ude00.\"}\n");
        var docs = InputCollector.Collect([path]).Select(i => Assert.IsType<InputDocument>(i).Document).ToList();
        Assert.Equal(3, docs.Count);
        Assert.Equal("Un titre \uFFFD seul", docs[0].Hints.Title);
        Assert.Equal("A\uFFFD", docs[0].Hints.Outlet);
        Assert.Equal("Le texte \uFFFD avec une moitié de paire.", Encoding.UTF8.GetString(docs[0].Bytes));
        Assert.Equal("Un octet nul  dans le texte.", Encoding.UTF8.GetString(docs[1].Bytes));
        Assert.Contains("\U0001F600", Encoding.UTF8.GetString(docs[2].Bytes));
    }

    [Fact]
    public void A_lone_surrogate_in_a_sidecar_keeps_the_hints_and_the_article()
    {
        var file = Write("a.txt", "Un article ordinaire écrit par un journaliste.");
        Write("a.txt.meta.json", "{\"outlet\": \"Le Journal \\ud800\", \"published\": \"2023-09-05\"}");
        var doc = Assert.IsType<InputDocument>(Assert.Single(InputCollector.Collect([file]))).Document;
        Assert.Equal("Le Journal \uFFFD", doc.Hints.Outlet);
        Assert.Equal("2023-09-05", doc.Hints.Published);
    }

    [Fact]
    public void Names_and_hints_of_a_raw_document_never_hold_lone_surrogates_or_nul()
    {
        var raw = new RawDocument("nom\ud800\0.txt", [0x41], InputKind.Text, new DocumentHints(Title: "t\udfff", Url: "u\0"));
        Assert.Equal("nom\uFFFD.txt", raw.Input);
        Assert.Equal("t\uFFFD", raw.Hints.Title);
        Assert.Equal("u", raw.Hints.Url);
    }

    [Fact]
    public void Symbolic_link_loops_are_walked_once_and_links_out_of_the_folder_are_reported()
    {
        if (OperatingSystem.IsWindows()) return;
        var root = Path.Combine(_dir, "tree");
        Write("tree/a.txt", "Premier article du dossier.");
        Write("tree/sub/b.txt", "Deuxième article du dossier.");
        Write("outside/secret.txt", "Un fichier hors du dossier.");
        File.CreateSymbolicLink(Path.Combine(root, "x"), ".");
        File.CreateSymbolicLink(Path.Combine(root, "sub", "y"), "..");
        File.CreateSymbolicLink(Path.Combine(root, "sub", "again.txt"), "../a.txt");
        File.CreateSymbolicLink(Path.Combine(root, "out"), "../outside");
        File.CreateSymbolicLink(Path.Combine(root, "dangling.txt"), "nowhere.txt");

        var items = InputCollector.ExpandFiles([root]).ToList();
        var files = items.Where(i => i.File is not null).Select(i => Path.GetRelativePath(root, i.File!.Name)).ToList();
        Assert.Equal(["a.txt", "sub/b.txt"], files);
        var problems = items.Where(i => i.Missing is not null).Select(i => (Path.GetRelativePath(root, i.Missing!.Input), i.Missing.Reason)).ToList();
        Assert.Contains(("out", "symbolic link out of the folder: not followed"), problems);
        Assert.Contains(("dangling.txt", "broken symbolic link"), problems);
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_read_and_shown_with_escapes()
    {
        if (!OperatingSystem.IsLinux()) return;
        // Create "caf\xE9.txt" (Latin-1 é) by its bytes: .NET cannot name it.
        var name = Encoding.UTF8.GetBytes(Path.Combine(_dir, "caf")).Concat(new byte[] { 0xE9 }).Concat(".txt"u8.ToArray()).ToArray();
        Assert.True(CreateByBytes(name, "Un article dont le nom de fichier est en Latin-1."));
        var item = Assert.Single(InputCollector.Collect([_dir]));
        var doc = Assert.IsType<InputDocument>(item).Document;
        Assert.EndsWith("caf\\xE9.txt", doc.Input);
        Assert.Equal("Un article dont le nom de fichier est en Latin-1.", Encoding.UTF8.GetString(doc.Bytes));
    }

    private static bool CreateByBytes(byte[] path, string content)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardInput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys; open(bytes.fromhex(sys.argv[1]), 'w').write(sys.stdin.read())");
        psi.ArgumentList.Add(Convert.ToHexString(path));
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Write(content);
        p.StandardInput.Close();
        p.WaitForExit();
        return p.ExitCode == 0;
    }

    [Theory]
    [InlineData("zh", "国务院今天发布了关于经济发展的新政策，专家认为这将促进就业和投资。北京市政府也表示支持。")]
    [InlineData("ja", "政府は今日、新しい経済政策を発表した。専門家は雇用と投資を促進すると述べている。")]
    [InlineData("th", "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะเพิ่มงบประมาณสำหรับการศึกษาและสาธารณสุขในปีหน้า")]
    [InlineData("ru", "Правительство сегодня объявило о новой экономической политике.")]
    public void Utf16_without_a_bom_is_read_for_scripts_without_ascii(string language, string text)
    {
        foreach (var encoding in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
            Assert.Equal(text, TextDecoder.Decode(encoding.GetBytes(text)));
        Assert.Null(ContentCheck.Problem(Encoding.Unicode.GetBytes(text)));
        Assert.NotNull(language);
    }

    [Fact]
    public void Latin1_text_with_a_few_control_bytes_is_not_taken_for_utf16()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Le conseil municipal a voté le budget de l'année, après un débat animé \u001a sur les écoles.";
        Assert.Equal(text, TextDecoder.Decode(Encoding.GetEncoding(1252).GetBytes(text)));
    }
}
