using System.Text;
using Recoupe.Mentions;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

public class DumpForDev
{
    [Fact]
    public void Probe()
    {
        var sb = new StringBuilder();
        foreach (var n in new[] { "Russie", "Ukraine", "Corée du Nord", "États-Unis", "Japon", "Grande-Bretagne", "Moscou", "Pyongyang", "Washington", "Vladivostok" })
            sb.AppendLine(n + " -> " + Recoupe.Mentions.Gazetteers.Places.Lookup(n));
        sb.AppendLine(System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures).Length.ToString());
        try { sb.AppendLine(new System.Globalization.RegionInfo("RU").EnglishName); sb.AppendLine(System.Globalization.CultureInfo.GetCultureInfo("fr-KP").NativeName); } catch (Exception e) { sb.AppendLine(e.ToString()); }
        var text = File.Exists("/tmp/probe_in.txt") ? File.ReadAllText("/tmp/probe_in.txt") : "";
        var ann = RecoupePipeline.Default.Annotate(text, text.Contains(" the ") ? "en" : "fr", null);
        foreach (var e in ann.Entities) sb.AppendLine($"E {e.Type} [{e.Span.Of(text)}] name={e.Name} key={e.Key} role={e.Role}");
        foreach (var q in ann.Quotes) sb.AppendLine($"Q speaker={q.Speaker} cue={q.Cue} ind={q.Indirect} :: {q.Span.Of(text)}");
        File.WriteAllText("/tmp/probe.txt", sb.ToString());
    }

    [Fact]
    public void NerDetails()
    {
        var w = new StringWriter();
        Recoupe.Evaluation.EvalSuites.Find("ner")!.Run(Environment.GetEnvironmentVariable("NER_PATH") ?? "/work/shared/eval/ner-fr-hipe2020", RecoupePipeline.Default, new Recoupe.Evaluation.EvalOptions(Environment.GetEnvironmentVariable("NER_PATH") is null ? null : 40, w));
        File.WriteAllText("/tmp/ner_details.txt", w.ToString());
    }

    [Fact]
    public void Speed()
    {
        var p = RecoupePipeline.Default;
        // Scraped-text seeds the cleaner rejects (too short, no article) are skipped: this is a timing probe.
        var texts = Directory.GetFiles(TestPaths.Seeds).Order().Select(f => p.Clean(new RawDocument(f, File.ReadAllBytes(f), InputKind.Text))).Where(r => r.Success).Select(r => r.Value!.Text).ToList();
        foreach (var t in texts) p.Annotate(t, "fr", null);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int n = 0;
        while (sw.ElapsedMilliseconds < 3000) { foreach (var t in texts) { p.Annotate(t, "fr", null); n++; } }
        var rate = n / sw.Elapsed.TotalSeconds;
        var split = new Recoupe.Language.SentenceSplitter();
        var er = new EntityRecognizer(); var qe = new QuoteExtractor();
        var sb = new StringBuilder($"annotate: {rate:0} articles/s\n");
        foreach (var (name, act) in new (string, Action<string>)[] {
            ("split", t => split.Split(t, "fr")),
            ("entities", t => er.Recognize(new AnnotationContext(t, "fr", split.Split(t, "fr"), null))),
            ("entities+quotes", t => { var c = new AnnotationContext(t, "fr", split.Split(t, "fr"), null); qe.Extract(c, er.Recognize(c)); }) })
        {
            sw.Restart(); n = 0;
            while (sw.ElapsedMilliseconds < 1500) { foreach (var t in texts) { act(t); n++; } }
            sb.AppendLine($"{name}: {n / sw.Elapsed.TotalSeconds:0} articles/s");
        }
        var ctxs = texts.Select(t => new AnnotationContext(t, "fr", split.Split(t, "fr"), null)).ToList();
        foreach (var (name, act) in new (string, Action<AnnotationContext>)[] {
            ("scan", c => Recoupe.Mentions.Entities.WordScanner.Scan(c.Text, c.Sentences)),
            ("scan+runs", c => { var w = Recoupe.Mentions.Entities.WordScanner.Scan(c.Text, c.Sentences); Recoupe.Mentions.Entities.NameRunFinder.Find(w, "fr", new Recoupe.Mentions.Entities.DocumentEvidence(w)); }),
            ("scan+runs+type", c => { var w = Recoupe.Mentions.Entities.WordScanner.Scan(c.Text, c.Sentences); foreach (var r in Recoupe.Mentions.Entities.NameRunFinder.Find(w, "fr", new Recoupe.Mentions.Entities.DocumentEvidence(w))) Recoupe.Mentions.Entities.EntityTyper.Classify(c.Text, w, r); }),
            ("recognize", c => er.Recognize(c)),
            ("recognize+quotes", c => qe.Extract(c, er.Recognize(c))),
            ("annotate", c => p.Annotate(c.Text, "fr", null)),
            ("tokenize", c => Recoupe.Language.Tokenizer.Tokenize(c.Text).Count()) })
        {
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime; n = 0;
            sw.Restart();
            while (sw.ElapsedMilliseconds < 1500) { foreach (var c in ctxs) { act(c); n++; } }
            var used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
            sb.AppendLine($"{name}: {n / used.TotalSeconds:0} articles/cpu-s");
        }
        File.WriteAllText("/tmp/speed.txt", sb.ToString());
    }

    [Fact]
    public void NerFigures()
    {
        var sb = new StringBuilder();
        foreach (var (path, limit) in new[] { ("/work/shared/eval/ner-fr-hipe2020", (int?)null), ("/work/shared/eval/ner-fr-europeana", null), ("/work/shared/eval/ner-fr-europeana", 40) })
        {
            var r = Recoupe.Evaluation.EvalSuites.Find("ner")!.Run(path, RecoupePipeline.Default, new Recoupe.Evaluation.EvalOptions(limit));
            sb.AppendLine($"== {path} limit={limit}");
            foreach (var (k, v) in r.Metrics.OrderBy(kv => kv.Key)) sb.AppendLine($"{k} = {v:0.###}");
        }
        File.WriteAllText("/tmp/ner_figures.txt", sb.ToString());
    }

    [Fact]
    public void Dump()
    {
        var sb = new StringBuilder();
        var p = RecoupePipeline.Default;
        var all = new List<(long, string, EntityMention)>();
        long id = 0;
        foreach (var f in Directory.GetFiles(TestPaths.Seeds).Order())
        {
            id++;
            var raw = new RawDocument(f, File.ReadAllBytes(f), InputKind.Text);
            var cleaned = p.Clean(raw);
            if (!cleaned.Success) continue;
            var a = cleaned.Value!;
            var ann = p.Annotate(a.Text, "fr", null);
            sb.AppendLine("=== " + Path.GetFileName(f));
            foreach (var e in ann.Entities) { sb.AppendLine($"E {e.Type} [{e.Span.Of(a.Text)}] name={e.Name} key={e.Key} role={e.Role}"); all.Add((id, a.Text, e)); }
            foreach (var q in ann.Quotes) sb.AppendLine($"Q speaker={q.Speaker} cue={q.Cue} ind={q.Indirect} :: {q.Span.Of(a.Text)[..Math.Min(70, q.Span.Length)]}");
        }
        foreach (var r in p.EntityResolver.Resolve(all)) sb.AppendLine($"R {r.Entity.Type} {r.Entity.Name} ({r.Entity.Mentions}) role={r.Entity.Role} :: {string.Join(" | ", r.Entity.Variants)}");
        File.WriteAllText("/tmp/mentions_dump.txt", sb.ToString());
    }
}
