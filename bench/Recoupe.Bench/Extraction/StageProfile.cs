using System.Globalization;
using Recoupe.Cleaning.Html;
using Recoupe.Evaluation.Extraction;
using Recoupe.Ingest;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Bench.Extraction;

/// <summary>
/// `extraction profile [--limit N]`: where the CPU goes per stage of the HTML path (decode, pre-pass, AngleSharp
/// tokenizer and parse, then cumulatively markup scan, metadata, page blocks, mass scorer, the whole extraction)
/// and SmartReader on the same pages, all in CPU seconds of the measuring thread so the figures hold on a loaded machine.
/// </summary>
public static class StageProfile
{
    public static int Run(string folder, int? limit)
    {
        var pages = TrafilaturaEvalData.Load(folder);
        if (limit is { } n) pages = pages.Take(n).ToList();
        var bytes = pages.Select(p => TrafilaturaEvalData.ReadPage(folder, p)).ToList();
        var texts = bytes.Select(b => TextDecoder.Decode(b)).ToList();

        // Two rounds: the first lets the JIT reach its optimised tier on every path, the second is reported.
        var rows = new List<(string Name, double Seconds)>();
        for (int round = 0; round < 2; round++)
        {
            rows.Clear();
            MeasureAll(pages, bytes, texts, rows);
        }
        foreach (var (name, s) in rows)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-30} {s,7:0.000} cpu-s  {pages.Count / s,7:0.0} pages/cpu-s"));
        return 0;
    }

    /// <summary>
    /// Full extraction of the pages, <paramref name="rounds"/> times over after two warm-up rounds (the JIT's optimised
    /// tier comes late on a loaded machine): a steady load for dotnet-trace, and per round CPU seconds whose median holds
    /// better than one round's figure when the machine is shared.
    /// </summary>
    public static int Spin(string folder, int? limit, int rounds)
    {
        var pages = TrafilaturaEvalData.Load(folder);
        if (limit is { } n) pages = pages.Take(n).ToList();
        var bytes = pages.Select(p => TrafilaturaEvalData.ReadPage(folder, p)).ToList();
        var extractor = RecoupePipeline.Default.Extractor;
        var times = new List<double>();
        for (int r = -2; r < rounds; r++)
        {
            var t0 = ThreadCpu.Seconds();
            for (int i = 0; i < pages.Count; i++) extractor.Extract(new RawDocument(pages[i].Url, bytes[i], InputKind.Html));
            if (r >= 0) times.Add(ThreadCpu.Seconds() - t0);
        }
        times.Sort();
        double median = times[times.Count / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds x {pages.Count} pages: median {median:0.000} cpu-s/round ({pages.Count / median:0.0} pages/cpu-s), best {pages.Count / times[0]:0.0} pages/cpu-s"));
        return 0;
    }

    private static void MeasureAll(List<EvalPage> pages, List<byte[]> bytes, List<string> texts, List<(string Name, double Seconds)> rows)
    {
        var extractor = RecoupePipeline.Default.Extractor;
        void Time(string name, Action<int> step)
        {
            var t0 = ThreadCpu.Seconds();
            for (int i = 0; i < pages.Count; i++) step(i);
            rows.Add((name, ThreadCpu.Seconds() - t0));
        }

        Time("decode", i => TextDecoder.Decode(bytes[i]));
        Time("prepass", i => HtmlPrepass.Run(texts[i]));
        var parser = new AngleSharp.Html.Parser.HtmlParser(new AngleSharp.Html.Parser.HtmlParserOptions { IsScripting = false });
        Time("anglesharp parse", i => parser.ParseDocument(texts[i]).Dispose());
        var ours = new AngleSharp.Html.Parser.HtmlParser(ParserSettings.Options);
        Time("parse (our options)", i => ours.ParseDocument(texts[i]).Dispose());
        Time("prepass + parse (our options)", i => ours.ParseDocument(HtmlPrepass.Run(texts[i]).Html).Dispose());
        var pre = texts.Select(t => HtmlPrepass.Run(t).Html).ToList();
        Time("tokenize only (prepassed)", i => Tokenize(pre[i]));
        Time("parse (prepassed)", i => ours.ParseDocument(pre[i]).Dispose());
        Time("+ markup scan", i => { using var d = ours.ParseDocument(pre[i]); PageMarkup.Scan(d); });
        Time("+ metadata", i => { using var d = ours.ParseDocument(pre[i]); var m = PageMarkup.Scan(d); HtmlMetadata.Read(d, m, pages[i].Url); });
        Time("+ page blocks", i => { using var d = ours.ParseDocument(pre[i]); var m = PageMarkup.Scan(d); HtmlMetadata.Read(d, m, pages[i].Url); BlockCollector.CollectPage(d.Body ?? d.DocumentElement); });
        Time("+ mass scorer", i => { using var d = ours.ParseDocument(pre[i]); var m = PageMarkup.Scan(d); HtmlMetadata.Read(d, m, pages[i].Url); var b = BlockCollector.CollectPage(d.Body ?? d.DocumentElement); MassScorer.FindContainer(b.All, d.Body ?? d.DocumentElement); });
        Time("extract (prepassed, no decode)", i => HtmlArticleExtractor.Extract(pre[i], new DocumentHints()));
        Time("parse + metadata", i => { using var d = parser.ParseDocument(texts[i]); HtmlMetadata.Read(d, pages[i].Url); });
        Time("parse + blocks", i => { using var d = parser.ParseDocument(texts[i]); BlockCollector.Collect(d.Body ?? d.DocumentElement, true); });
        Time("full extraction", i => extractor.Extract(new RawDocument(pages[i].Url, bytes[i], InputKind.Html)));
        Time("smartreader", i => SmartRead(pages[i].Url, texts[i]));
    }

    private static void Tokenize(string html)
    {
        var tokenizer = new AngleSharp.Html.Parser.HtmlTokenizer(new AngleSharp.Text.TextSource(html), AngleSharp.Html.HtmlEntityProvider.Resolver)
        {
            SkipComments = true, ShouldEmitAttribute = ParserSettings.Options.ShouldEmitAttribute!,
        };
        while (tokenizer.GetStructToken().Type != AngleSharp.Html.Parser.HtmlTokenType.EndOfFile) { }
    }

    internal static string? SmartRead(string url, string html)
    {
        try
        {
            var article = new SmartReader.Reader(url, html).GetArticle();
            return article.IsReadable ? article.TextContent : null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or FormatException or UriFormatException)
        {
            return null;
        }
    }
}
