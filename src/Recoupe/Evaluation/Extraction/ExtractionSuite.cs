using System.Diagnostics;
using Recoupe.Cleaning.PlainText;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Extraction;

/// <summary>
/// Main-text extraction on trafilatura's evaluation pages: snippet precision/recall/F1 counted as trafilatura
/// counts them, overall and per language (html lang, else the identified language), title/date/author accuracy
/// where gold has them, and extraction speed (pages per second, one thread, extraction only).
/// </summary>
public sealed class ExtractionSuite : IEvalSuite
{
    public string Name => "extraction";
    public string Description => "HTML main-text extraction on trafilatura's 990 evaluation pages (snippet P/R/F1, metadata, speed)";
    public string DefaultDataFolder => "extraction-trafilatura";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var pages = TrafilaturaEvalData.Load(dataPath);
        if (options.Limit is { } limit) pages = pages.Take(limit).ToList();
        var total = new SnippetCounts();
        var byLanguage = new Dictionary<string, SnippetCounts>(StringComparer.Ordinal);
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0, authors = 0, authorsRight = 0, failed = 0;
        var clock = new Stopwatch();

        foreach (var page in pages)
        {
            var bytes = TrafilaturaEvalData.ReadPage(dataPath, page);
            var doc = new RawDocument(page.Url, bytes, InputKind.Html, new DocumentHints(Url: page.Url));
            clock.Start();
            var result = pipeline.Extractor.Extract(doc);
            clock.Stop();
            var article = result.Success ? result.Value : null;
            if (article is null) failed++;
            var language = article is null ? "und" : article.Language != "und" ? article.Language : pipeline.LanguageIdentifier.Identify(article.Text).Code;
            var (tp, fn, fp, _) = total.Add(article?.Text, page);
            if (!byLanguage.TryGetValue(language, out var counts)) byLanguage[language] = counts = new SnippetCounts();
            counts.Add(article?.Text, page);
            if (options.Details is not null && (fn > 0 || fp > 0))
                options.Details.WriteLine($"{page.File}\tTP={tp} FN={fn} FP={fp}\tmissed: {string.Join(" | ", page.With.Where(s => article?.Text.Contains(s, StringComparison.Ordinal) != true))}\tunwanted: {string.Join(" | ", page.Without.Where(s => article?.Text.Contains(s, StringComparison.Ordinal) == true))}");

            if (page.Title is not null) { titles++; if (Same(page.Title, article?.Title)) titlesRight++; else options.Details?.WriteLine($"TITLE\t{page.File}\t{page.Title}\t{article?.Title}"); }
            if (page.Date is not null)
            {
                dates++;
                if (article?.Published is { } p && p.Precision >= DatePrecision.Day && p.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == page.Date[..Math.Min(10, page.Date.Length)]) datesRight++;
                else options.Details?.WriteLine($"DATE\t{page.File}\t{page.Date}\t{article?.Published}");
            }
            if (page.Author is not null) { authors++; if (Same(page.Author, article?.Author)) authorsRight++; else options.Details?.WriteLine($"AUTHOR\t{page.File}\t{page.Author}\t{article?.Author}"); }
        }

        var metrics = new Dictionary<string, double>
        {
            ["f1"] = total.F1, ["precision"] = total.Precision, ["recall"] = total.Recall,
            ["tp"] = total.TruePositives, ["fn"] = total.FalseNegatives, ["fp"] = total.FalsePositives, ["tn"] = total.TrueNegatives,
            ["pages"] = pages.Count, ["failed"] = failed,
            ["titles_right"] = Ratio(titlesRight, titles), ["dates_right"] = Ratio(datesRight, dates), ["authors_right"] = Ratio(authorsRight, authors),
            ["pages_per_second"] = pages.Count / Math.Max(clock.Elapsed.TotalSeconds, 1e-9),
        };
        foreach (var (lang, c) in byLanguage.OrderByDescending(kv => kv.Value.Pages))
        {
            metrics[$"f1_{lang}"] = c.F1;
            metrics[$"pages_{lang}"] = c.Pages;
        }
        var notes = new List<string>
        {
            $"trafilatura 1.2.2 scored F1 0.909 on its 750-page version; titles {titlesRight}/{titles}, dates {datesRight}/{dates}, authors {authorsRight}/{authors}",
        };
        return new EvalReport(Name, metrics, notes);
    }

    private static bool Same(string gold, string? found) =>
        found is not null && LineShape.Normalize(gold) == LineShape.Normalize(found);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
