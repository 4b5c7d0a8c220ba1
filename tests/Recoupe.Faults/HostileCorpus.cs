using System.Diagnostics;
using System.Text;

namespace Recoupe.Faults;

/// <summary>Sizes of a generated corpus: the tests use a small one, the bench the full one.</summary>
public sealed record HostileCorpusOptions
{
    /// <summary>How many input files to write (symbolic links and sidecars not counted).</summary>
    public int Files { get; init; } = 2_000;
    public int Seed { get; init; } = 17;
    /// <summary>Nesting depth of the deeply nested HTML pages.</summary>
    public int NestingDepth { get; init; } = 50_000;
    /// <summary>Lines of the largest JSON Lines file, characters of the longest one-line text.</summary>
    public int LongLines { get; init; } = 200;
    public int LongText { get; init; } = 1_000_000;
    /// <summary>Topics of the ordinary articles among the hostile ones.</summary>
    public int Topics { get; init; } = 40;
}

/// <summary>
/// A folder of hostile inputs mixed with ordinary articles, as a hostile tester sends them: every kind of issue 17
/// and more. Lone surrogates and NUL in JSON Lines and sidecars; impossible dates; deeply nested, unclosed and
/// entity-laden HTML; broken, empty and XXE feeds; UTF-16 without BOM (Latin, CJK), Chinese, Japanese and Thai text,
/// Windows-1252 and broken UTF-8; binary, empty and one-character files; names with control characters, bidi
/// overrides and bytes that are not UTF-8; symbolic link loops, links out of the folder and dangling links; a FIFO;
/// a sparse file over the size cap; deep folders; exact and near copies. Deterministic for a seed.
/// </summary>
public static class HostileCorpus
{
    /// <summary>
    /// What was written: the inputs every run must account for (path as `recoupe` names it), how many of each kind, and
    /// the regular files a client can post to the API as they are (not the FIFO, the sparse giant, the names .NET cannot open).
    /// </summary>
    public sealed record Manifest(string Root, IReadOnlyList<string> Inputs, IReadOnlyDictionary<string, int> Kinds, IReadOnlyList<string> Postable);

    public static Manifest Write(string root, HostileCorpusOptions options)
    {
        Directory.CreateDirectory(root);
        var w = new Writer(root, options);
        var makers = Makers();
        for (int i = 0; w.Count < options.Files; i++) makers[i % makers.Length](w, i);
        w.Links();
        return new Manifest(root, w.Expected, w.Kinds, w.Postable);
    }

    private delegate void Maker(Writer w, int i);

    private static Maker[] Makers() =>
    [
        // Ordinary articles come back often: stories form among the hostile inputs.
        (w, i) => w.TopicalText(i), (w, i) => w.TopicalHtml(i), (w, i) => w.TopicalJsonLines(i), (w, i) => w.TopicalText(i),
        (w, i) => w.TopicalFeed(i), (w, i) => w.TopicalText(i),
        (w, i) => w.SurrogateJsonLines(i), (w, i) => w.SurrogateSidecar(i), (w, i) => w.BrokenSidecar(i), (w, i) => w.BadDates(i),
        (w, i) => w.DeepHtml(i), (w, i) => w.SoupHtml(i), (w, i) => w.EntityHtml(i), (w, i) => w.ScriptOnlyHtml(i),
        (w, i) => w.BadFeed(i), (w, i) => w.Utf16(i), (w, i) => w.Unspaced(i), (w, i) => w.LegacyBytes(i), (w, i) => w.Binary(i),
        (w, i) => w.Tiny(i), (w, i) => w.OddName(i), (w, i) => w.DeepFolder(i), (w, i) => w.DeepJson(i), (w, i) => w.LongText(i),
        (w, i) => w.Copy(i), (w, i) => w.Special(i),
    ];

    private sealed class Writer(string root, HostileCorpusOptions options)
    {
        private readonly Random _random = new(options.Seed);
        private readonly TopicalArticles _articles = new(options.Seed, options.Topics);
        private readonly List<string> _written = [];
        public List<string> Expected { get; } = [];
        public List<string> Postable { get; } = [];
        public Dictionary<string, int> Kinds { get; } = [];
        public int Count { get; private set; }

        private string File(string kind, string name, byte[] bytes, bool expected = true)
        {
            var path = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllBytes(path, bytes);
            Count++;
            Kinds[kind] = Kinds.GetValueOrDefault(kind) + 1;
            if (expected) Expected.Add(path);
            _written.Add(path);
            Postable.Add(path);
            return path;
        }

        private string File(string kind, string name, string text, bool expected = true) => File(kind, name, Encoding.UTF8.GetBytes(text), expected);

        private static void Sidecar(string path, string json) => System.IO.File.WriteAllText(path + ".meta.json", json);

        public void TopicalText(int i)
        {
            var a = _articles.Next();
            var path = File("ordinary text", $"articles/{i:D5}.txt", TopicalArticles.AsText(a));
            if (TopicalArticles.Sidecar(a) is { } meta) Sidecar(path, meta);
        }

        public void TopicalHtml(int i)
        {
            var a = _articles.Next();
            var paragraphs = string.Concat(a.Text.Split("\n\n").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>\n"));
            var published = a.Published is { } d ? $"<meta property=\"article:published_time\" content=\"{d:yyyy-MM-dd}T08:00:00Z\">" : "";
            File("ordinary html", $"pages/{i:D5}.html", $"""
                <!DOCTYPE html><html lang="{a.Language}"><head><title>{System.Net.WebUtility.HtmlEncode(a.Title)}</title>{published}</head>
                <body><nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav><article><h1>{System.Net.WebUtility.HtmlEncode(a.Title)}</h1>
                {paragraphs}</article><footer>© Tous droits réservés</footer></body></html>
                """);
        }

        public void TopicalJsonLines(int i)
        {
            var lines = new StringBuilder();
            int n = 2 + _random.Next(4);
            for (int k = 0; k < n; k++)
            {
                var a = _articles.Next();
                lines.Append(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
                {
                    ["url"] = $"https://example.org/{i}/{k}", ["title"] = a.Title, ["outlet"] = a.Outlet,
                    ["published"] = a.Published?.ToString("yyyy-MM-dd"), ["text"] = a.Text,
                })).Append('\n');
            }
            File("ordinary json lines", $"dumps/{i:D5}.jsonl", lines.ToString());
        }

        public void TopicalFeed(int i)
        {
            var items = new StringBuilder();
            for (int k = 0; k < 3; k++)
            {
                var a = _articles.Next();
                var date = a.Published is { } d ? $"<pubDate>{d.ToDateTime(new TimeOnly(9, 0)):R}</pubDate>" : "";
                items.Append($"<item><title>{System.Security.SecurityElement.Escape(a.Title)}</title><link>https://example.org/f/{i}/{k}</link>{date}"
                    + $"<description>{System.Security.SecurityElement.Escape(a.Text)}</description></item>");
            }
            File("ordinary feed", $"feeds/{i:D5}.rss", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fil {i}</title>{items}</channel></rss>");
        }

        public void SurrogateJsonLines(int i)
        {
            var a = _articles.Next();
            File("lone surrogates (json lines)", $"dumps/surrogate-{i:D5}.jsonl",
                "{\"title\": \"Titre \\ud800 cassé\", \"outlet\": \"Journal\\udc00\", \"text\": \"" + Escape(a.Text) + " \\ud83d fin.\"}\n"
                + "{\"text\": \"Texte avec un octet nul \\u0000 au milieu, " + Escape(a.Text) + "\"}\n"
                + "{\"text\": \"\\udfff\"}\n"
                + "{\"url\": 12, \"text\": [\"pas une chaîne\"]}\n"
                + "[1, 2, 3]\n"
                + "{\"text\": \"tronqué\n");
        }

        public void SurrogateSidecar(int i)
        {
            var a = _articles.Next();
            var path = File("lone surrogates (sidecar)", $"articles/surrogate-{i:D5}.txt", TopicalArticles.AsText(a));
            Sidecar(path, "{\"outlet\": \"Radio \\ud800\", \"title\": \"\\udc00\\udc00\", \"published\": \"2024-05-0\\ud8001\"}");
        }

        public void BrokenSidecar(int i)
        {
            var a = _articles.Next();
            var path = File("broken sidecar", $"articles/sidecar-{i:D5}.txt", TopicalArticles.AsText(a));
            string[] broken = ["{ broken", "[\"not\", \"an\", \"object\"]", "null", "{\"outlet\": {\"nested\": true}}", new string('[', 5000) + new string(']', 5000), ""];
            Sidecar(path, broken[i % broken.Length]);
        }

        public void BadDates(int i)
        {
            var a = _articles.Next();
            var path = File("impossible dates", $"articles/date-{i:D5}.txt", TopicalArticles.AsText(a) + "Le ministre viendra demain, il était là hier.\n");
            string[] dates = ["0001-01-01", "9999-12-31T23:59:59", "2023-13-45", "-1", "1650-06-01", "2099-01-01", "10000-01-01", "0000-00-00"];
            Sidecar(path, $"{{\"published\": \"{dates[i % dates.Length]}\", \"outlet\": \"Horloge\"}}");
        }

        public void DeepHtml(int i)
        {
            int depth = options.NestingDepth;
            string[] open = ["<div>", "<div><table><tr><td>", "<b><i><span>", "<ul><li>", "<p><a>"];
            string[] close = ["</div>", "</td></tr></table></div>", "", "</li></ul>", "</a></p>"];
            int k = i % open.Length;
            var a = _articles.Next();
            var sb = new StringBuilder("<html><body>");
            for (int d = 0; d < depth; d++) sb.Append(open[k]);
            sb.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(a.Text.Replace("\n\n", " "))).Append("</p>");
            for (int d = 0; d < depth; d++) sb.Append(close[k]);
            File("deeply nested html", $"pages/deep-{i:D5}.html", sb.Append("</body></html>").ToString());
        }

        public void SoupHtml(int i)
        {
            var sb = new StringBuilder("<html><body>");
            for (int k = 0; k < 3000; k++) sb.Append(k % 3 == 0 ? "<p>Un paragraphe sans fin " : k % 3 == 1 ? "<td>cellule <tr>" : "<b><i>mal fermé</b></i>");
            sb.Append("<div class=\"").Append(new string('x', 100_000)).Append("\">attribut immense</div><!-- commentaire jamais fermé <p>");
            File("tag soup", $"pages/soup-{i:D5}.html", sb.ToString());
        }

        public void EntityHtml(int i)
        {
            var sb = new StringBuilder("<html><body><article><p>");
            for (int k = 0; k < 2000; k++) sb.Append("&#0; &#xD800; &#x110000; &amp;amp; &#128512; &nbsp;");
            File("entities", $"pages/entities-{i:D5}.html", sb.Append("Texte après les entités.</p></article></body></html>").ToString());
        }

        public void ScriptOnlyHtml(int i) =>
            File("no text", $"pages/script-{i:D5}.html", "<html><head><script>" + new string('x', 20_000) + "</script><style>p{}</style></head><body><script>var a = '</div>';</script></body></html>");

        public void BadFeed(int i)
        {
            string[] feeds =
            [
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Tronqué</title><item><title>Un",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>",
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><rss><channel><item><title>&lol3;</title></item></channel></rss>",
                "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Vide</title></channel></rss>",
                "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom</title><entry><title></title></entry><entry><id>x</id><content type=\"html\">&lt;div&gt;" + new string('<', 10) + "</content></entry></feed>",
            ];
            File("bad feed", $"feeds/bad-{i:D5}.xml", feeds[i % feeds.Length]);
        }

        public void Utf16(int i)
        {
            string[] texts =
            [
                "Le conseil régional a voté le budget des lycées après un long débat sur les transports scolaires.",
                "国务院今天发布了关于经济发展的新政策，专家认为这将促进就业和投资。北京市政府也表示支持这项政策。",
                "政府は今日、新しい経済政策を発表した。専門家は雇用と投資を促進すると述べている。",
                "Правительство сегодня объявило о новой экономической политике и поддержке занятости.",
            ];
            var text = texts[i % texts.Length];
            var encoding = (i / texts.Length) % 2 == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
            File("utf-16 without bom", $"encodings/utf16-{i:D5}.txt", encoding.GetBytes(text));
        }

        public void Unspaced(int i)
        {
            string[] texts =
            [
                "国务院今天发布了关于经济发展的新政策，专家认为这将促进就业和投资。",
                "政府は今日、新しい経済政策を発表した。専門家は雇用と投資を促進すると述べている。",
                "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะเพิ่มงบประมาณสำหรับการศึกษาและสาธารณสุขในปีหน้าเพื่อช่วยประชาชน",
            ];
            var text = texts[i % texts.Length];
            if (i % 2 == 0) File("unspaced scripts", $"encodings/unspaced-{i:D5}.txt", text);
            else File("unspaced scripts", $"encodings/unspaced-{i:D5}.jsonl", "{\"text\": \"" + text + "\"}\n");
        }

        public void LegacyBytes(int i)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var text = "Le président de l'Assemblée a reçu les élus à Besançon pour évoquer la fermeture de l'usine.";
            byte[] bytes = (i % 3) switch
            {
                0 => Encoding.GetEncoding(1252).GetBytes(text),
                1 => [.. Encoding.UTF8.GetBytes(text), 0xC3], // a truncated last character
                _ => [.. Encoding.UTF8.GetBytes(text[..40]), 0xFF, 0xFE, 0xC0, 0x80, .. Encoding.UTF8.GetBytes(text[40..])],
            };
            File("legacy and broken encodings", $"encodings/legacy-{i:D5}.txt", bytes);
        }

        public void Binary(int i)
        {
            var bytes = new byte[512 + _random.Next(4096)];
            _random.NextBytes(bytes);
            byte[][] headers = [[0x89, 0x50, 0x4E, 0x47], [0x7F, 0x45, 0x4C, 0x46], [0x50, 0x4B, 0x03, 0x04], [0x25, 0x50, 0x44, 0x46]];
            headers[i % headers.Length].CopyTo(bytes, 0);
            string[] extensions = [".txt", ".html", ".jsonl", ".xml"];
            File("binary", $"binary/blob-{i:D5}{extensions[i % extensions.Length]}", bytes);
        }

        public void Tiny(int i)
        {
            string[] contents = ["", " \n\t ", ";", "1", "\uFEFF", "…", "<p></p>", "{}"];
            string[] extensions = [".txt", ".txt", ".txt", ".txt", ".txt", ".txt", ".html", ".jsonl"];
            int k = i % contents.Length;
            File("empty and tiny", $"tiny/tiny-{i:D5}{extensions[k]}", contents[k]);
        }

        public void OddName(int i)
        {
            var a = _articles.Next();
            string[] names = [$"ctl\u001b[31mred-{i}.txt", $"bidi\u202Etxt.exe-{i}.txt", $"-rf {i}.txt", $"quote'\"{i}.txt", $"tab\there-{i}.txt",
                $"{new string('n', 200)}-{i}.txt", $"newline\nin name-{i}.txt"];
            if (OperatingSystem.IsLinux() && i % (names.Length + 1) == names.Length)
            {
                // A name in Latin-1 bytes: not UTF-8. Written by its bytes (python), read by its bytes, shown as \xE9.
                var dir = Path.Combine(root, "names");
                Directory.CreateDirectory(dir);
                var raw = Encoding.UTF8.GetBytes(Path.Combine(dir, "caf")).Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes($"-{i}.txt")).ToArray();
                WriteByBytes(raw, TopicalArticles.AsText(a));
                Count++;
                Kinds["odd names"] = Kinds.GetValueOrDefault("odd names") + 1;
                Expected.Add(Path.Combine(dir, $"caf\\xE9-{i}.txt"));
                return;
            }
            File("odd names", "names/" + names[i % names.Length], TopicalArticles.AsText(a));
        }

        public void DeepFolder(int i)
        {
            var a = _articles.Next();
            var folders = string.Join('/', Enumerable.Range(0, 40).Select(k => $"d{k}"));
            File("deep folders", $"deep/{i:D5}/{folders}/article.txt", TopicalArticles.AsText(a));
        }

        public void DeepJson(int i)
        {
            int depth = 20_000;
            File("deep json", $"dumps/deepjson-{i:D5}.jsonl",
                new string('[', depth) + new string(']', depth) + "\n{\"text\": " + new string('{', 100) + "\n{\"html\": \"" + new string('<', 1000) + "div>\"}\n");
        }

        public void LongText(int i)
        {
            var a = _articles.Next();
            if (i % 2 == 0)
            {
                var sb = new StringBuilder();
                while (sb.Length < options.LongText) sb.Append(a.Text.Replace("\n\n", " ")).Append(' ');
                File("long lines", $"long/line-{i:D5}.txt", sb.ToString());
                return;
            }
            var lines = new StringBuilder();
            for (int k = 0; k < options.LongLines; k++)
                lines.Append("{\"url\": \"https://example.org/l/").Append(k).Append("\", \"text\": \"").Append(Escape(a.Text)).Append(' ').Append(k).Append("\"}\n");
            File("long json lines", $"long/many-{i:D5}.jsonl", lines.ToString());
        }

        public void Copy(int i)
        {
            var source = _written.LastOrDefault(p => p.EndsWith(".txt", StringComparison.Ordinal) && p.Contains("/articles/", StringComparison.Ordinal));
            if (source is null) { TopicalText(i); return; }
            File("exact copies", $"copies/copy-{i:D5}.txt", System.IO.File.ReadAllBytes(source));
        }

        public void Special(int i)
        {
            switch (i / 26 % 3)
            {
                case 0 when OperatingSystem.IsLinux():
                    // A FIFO named like an article: opening it for reading would wait for a writer for ever.
                    var fifo = Path.Combine(root, "special", $"pipe-{i:D5}.txt");
                    Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
                    RunTool("mkfifo", fifo);
                    Count++;
                    Kinds["fifo"] = Kinds.GetValueOrDefault("fifo") + 1;
                    Expected.Add(fifo);
                    break;
                case 1:
                    // Over the size cap, but sparse: no disk, no time to write.
                    var big = Path.Combine(root, "special", $"huge-{i:D5}.txt");
                    Directory.CreateDirectory(Path.GetDirectoryName(big)!);
                    using (var f = new FileStream(big, FileMode.Create)) f.SetLength(65L * 1024 * 1024);
                    Count++;
                    Kinds["over the size cap"] = Kinds.GetValueOrDefault("over the size cap") + 1;
                    Expected.Add(big);
                    break;
                default:
                    var a = _articles.Next();
                    File("nul after 8 KB", $"special/nul-{i:D5}.txt", TopicalArticles.AsText(a) + new string(' ', 9000) + "\0\0suite\r\nfin\rencore");
                    break;
            }
        }

        /// <summary>Links: loops (x -> ., y -> ..), out of the folder, dangling, and to a file of the folder that sorts after it is read.</summary>
        public void Links()
        {
            if (OperatingSystem.IsWindows()) return;
            Directory.CreateDirectory(Path.Combine(root, "links", "sub"));
            System.IO.File.CreateSymbolicLink(Path.Combine(root, "links", "x"), ".");
            System.IO.File.CreateSymbolicLink(Path.Combine(root, "links", "sub", "y"), "..");
            System.IO.File.CreateSymbolicLink(Path.Combine(root, "links", "loop-root"), root);
            var outside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(root))!, Path.GetFileName(root) + "-outside");
            Directory.CreateDirectory(outside);
            System.IO.File.WriteAllText(Path.Combine(outside, "secret.txt"), "Un fichier hors du dossier, qui ne doit pas être lu.");
            var outLink = Path.Combine(root, "links", "out");
            System.IO.File.CreateSymbolicLink(outLink, outside);
            Expected.Add(outLink);
            var dangling = Path.Combine(root, "links", "dangling.txt");
            System.IO.File.CreateSymbolicLink(dangling, "nowhere.txt");
            Expected.Add(dangling);
            var target = _written.FirstOrDefault(p => p.Contains("/articles/", StringComparison.Ordinal));
            if (target is not null) System.IO.File.CreateSymbolicLink(Path.Combine(root, "links", "zz-again.txt"), target);
        }

        private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
    }

    private static void WriteByBytes(byte[] path, string content)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardInput = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys; open(bytes.fromhex(sys.argv[1]), 'w').write(sys.stdin.read())");
        psi.ArgumentList.Add(Convert.ToHexString(path));
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(content);
        p.StandardInput.Close();
        p.WaitForExit();
    }

    private static void RunTool(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.WaitForExit();
    }

    /// <summary>Deletes a corpus, also what .NET cannot name (bytes that are not UTF-8).</summary>
    public static void Delete(string root)
    {
        foreach (var dir in new[] { root, root + "-outside" })
        {
            if (!Directory.Exists(dir) && !System.IO.File.Exists(dir)) continue;
            using var rm = Process.Start("rm", ["-rf", dir]);
            rm.WaitForExit();
        }
    }
}
