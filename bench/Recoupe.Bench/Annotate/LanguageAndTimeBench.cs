using System.Diagnostics;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Model;

namespace Recoupe.Bench.Annotate;

/// <summary>
/// Throughput of the language stages on a folder of plain-text articles: language identification, sentence
/// splitting and time tagging, each timed separately over many passes (articles per second on one core).
/// Call <see cref="Run"/> from the bench entry point with the seeds folder.
/// </summary>
public static class LanguageAndTimeBench
{
    public static IReadOnlyDictionary<string, double> Run(string folder, int passes = 400)
    {
        var texts = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        if (texts.Length == 0) return new Dictionary<string, double>();
        var identifier = new LanguageIdentifier();
        var splitter = new SentenceSplitter();
        var tagger = new TimeTagger();
        var anchor = DateStamp.Day(2023, 9, 12);
        var sentences = texts.Select(t => splitter.Split(t, "fr")).ToArray();

        double PerSecond(Action<int> work)
        {
            for (int i = 0; i < texts.Length; i++) work(i); // warm-up (JIT, static tables)
            var sw = Stopwatch.StartNew();
            for (int p = 0; p < passes; p++)
                for (int i = 0; i < texts.Length; i++) work(i);
            return Math.Round(passes * texts.Length / sw.Elapsed.TotalSeconds);
        }

        return new Dictionary<string, double>
        {
            ["language_id_per_s"] = PerSecond(i => identifier.Identify(texts[i])),
            ["sentences_per_s"] = PerSecond(i => splitter.Split(texts[i], "fr")),
            ["time_tagger_per_s"] = PerSecond(i => tagger.Tag(new AnnotationContext(texts[i], "fr", sentences[i], anchor))),
        };
    }
}
