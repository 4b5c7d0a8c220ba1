using Recoupe.Evaluation.Ner;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>Where a gold document goes: trained on, used to choose settings, or held back to report.</summary>
public enum NerSplit { Train, Tune, Check }

/// <summary>
/// The training corpora of each language in ../shared/eval and how each document is split. The split is a fixed hash
/// of the document's group (file name and document id), so it never moves when code or settings change:
/// 70% train, 10% tune (settings are chosen there, errors are read there), 20% check (reported, never tuned on).
/// CoNLL-2003 English ships its own train file; its validation file is halved by document into tune and check.
/// </summary>
public static class NerCorpora
{
    /// <param name="SkipUnannotated">Leave out documents without a single gold entity (of any type): in HIPE-2022's Le Temps
    /// set 20 of 51 documents, some of thousands of words full of names, carry no annotation in any column. Read as gold, they
    /// teach that names are no entities under the HIPE convention; as held-back data, they only count false positives.
    /// Dropped after the split is dealt, so no other document changes side.</param>
    public sealed record Source(string RelativePath, bool AllTrain = false, bool HalveTuneCheck = false, bool SkipUnannotated = false);

    public static IReadOnlyList<Source> For(string language) => language switch
    {
        "fr" =>
        [
            new("ner-fr-wikineural/val.conllu"),
            new("ner-fr-hipe2020", SkipUnannotated: true),
            // Le Temps (HIPE guidelines) and NewsEye (its own, noisier ones): NewsEye's historical French still helps
            // the shared weights (HIPE-2020 tune F1 0.76 with it, 0.62 without).
            new("ner-fr-hipe2022", SkipUnannotated: true),
            new("ner-fr-europeana"),
        ],
        "en" =>
        [
            new("ner-en-conll2003/train.conllu", AllTrain: true),
            new("ner-en-conll2003/val.conllu", HalveTuneCheck: true),
        ],
        _ => throw new ArgumentException($"no NER training data for language '{language}' (fr, en)"),
    };

    /// <summary>The conventions a language's model distinguishes; index + 1 is the convention byte of its features.</summary>
    /// <param name="groups">Also the historical group (<see cref="NerConventions.Historical"/>), after the corpora's own.</param>
    /// <param name="leTemps">Le Temps with weights of its own (<see cref="NerConventions.LeTemps"/>), after the others; else it
    /// reads HIPE's (<see cref="NerConventions.WeightsOf"/>).</param>
    public static IReadOnlyList<string> ConventionsFor(string language, bool groups = false, bool leTemps = false)
    {
        if (language != "fr") return [NerConventions.Modern];
        var conventions = new List<string> { NerConventions.Modern, NerConventions.Hipe, NerConventions.NewsEye, NerConventions.Europeana };
        if (groups) conventions.Add(NerConventions.Historical);
        if (leTemps) conventions.Add(NerConventions.LeTemps);
        return conventions;
    }

    public static IEnumerable<(NerDocument Document, NerSplit Split, string Corpus)> Read(string evalRoot, string language)
    {
        foreach (var source in For(language))
        {
            var path = Path.Combine(evalRoot, source.RelativePath);
            if (!File.Exists(path) && !Directory.Exists(path)) throw new FileNotFoundException($"NER training data not found: {path}");
            var corpus = source.RelativePath.Split('/')[0];
            var docs = NerSuite.ReadAll(path).ToList();
            var splits = SplitsOf(docs.Select(d => $"{source.RelativePath}|{d.SplitKey}").ToList(), source);
            for (int i = 0; i < docs.Count; i++)
                if (!source.SkipUnannotated || docs[i].Entities.Length > 0) yield return (docs[i], splits[i], corpus);
        }
    }

    /// <summary>
    /// Groups ranked by a hash of their key, then dealt out by rank (two of every ten to check, one to tune): each corpus,
    /// however small, gets its share, and a document's side depends only on its key and its corpus's group keys.
    /// </summary>
    private static NerSplit[] SplitsOf(List<string> keys, Source source)
    {
        var rank = keys.Distinct(StringComparer.Ordinal).OrderBy(Bucket).ThenBy(k => k, StringComparer.Ordinal)
            .Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        return keys.Select(k => source.AllTrain ? NerSplit.Train
            : source.HalveTuneCheck ? (rank[k] % 2 == 0 ? NerSplit.Tune : NerSplit.Check)
            : (rank[k] % 10) switch { 0 or 5 => NerSplit.Check, 3 => NerSplit.Tune, _ => NerSplit.Train }).ToArray();
    }

    // FNV-1a of the key: stable across runs, machines and .NET versions (string.GetHashCode is not).
    private static uint Bucket(string key) => Recoupe.Language.Fnv1a.Of(key);
}
