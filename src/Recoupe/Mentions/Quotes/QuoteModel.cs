using System.Collections.Concurrent;
using Recoupe.Learning;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Detection;

namespace Recoupe.Mentions.Quotes;

/// <summary>
/// The two trained models of one language: the speaker ranker (over <see cref="SpeakerFeatures"/>) and the detector
/// that keeps reported speech and drops titles, nicknames and scare quotes (over <see cref="DetectionFeatures"/>,
/// "yes" at probability 0.5). The ranker's score is linear, plus boosted trees when the model has them
/// (<see cref="SpeakerTrees"/>: interactions the linear weights cannot express).
/// </summary>
public sealed record QuoteModel(LinearRanker Speaker, LinearRanker Detector, TreeEnsemble? SpeakerTrees = null)
{
    /// <summary>A candidate's score from its <see cref="SpeakerFeatures"/>.</summary>
    public float SpeakerScore(ReadOnlySpan<float> x) => SpeakerTrees is { } t ? Speaker.Score(x) + t.Score(x) : Speaker.Score(x);

    public static IReadOnlyList<string> SpeakerFeatureNames => SpeakerFeatures.Names;
    public static IReadOnlyList<string> DetectorFeatureNames => DetectionFeatures.Names;

    /// <summary>The language whose model a text in <paramref name="language"/> uses: French for French, English for the rest.</summary>
    public static string ModelLanguage(string language) => language == "fr" ? "fr" : "en";

    /// <summary>The resource names of a language's models (files models/quotes/speaker-LANG.tsv and detect-LANG.tsv; not "speaker.fr.tsv", which MSBuild would take for a French satellite resource).</summary>
    public static string SpeakerFile(string language) => $"speaker-{language}.tsv";
    public static string DetectorFile(string language) => $"detect-{language}.tsv";
    public static string SpeakerTreesFile(string language) => $"speaker-trees-{language}.tsv";
}

/// <summary>
/// The shipped quote models, embedded in the assembly from models/quotes/ and read on first use per language.
/// Retrain them with `recoupe train quotes` (models/README.md).
/// </summary>
public static class QuoteModels
{
    private static readonly ConcurrentDictionary<string, Lazy<QuoteModel>> Loaded = new(StringComparer.Ordinal);

    public static QuoteModel For(string language) =>
        Loaded.GetOrAdd(QuoteModel.ModelLanguage(language), l => new Lazy<QuoteModel>(() => Load(l))).Value;

    private static QuoteModel Load(string language) =>
        new(Read(QuoteModel.SpeakerFile(language), SpeakerFeatures.Names), Read(QuoteModel.DetectorFile(language), DetectionFeatures.Names),
            ReadTrees(QuoteModel.SpeakerTreesFile(language)));

    // The ranker's trees, when the shipped model has them.
    private static TreeEnsemble? ReadTrees(string file)
    {
        using var stream = typeof(QuoteModels).Assembly.GetManifestResourceStream("Recoupe.Models.Quotes." + file);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var trees = TreeEnsemble.Read(reader, SpeakerFeatures.Names);
        return trees.Trees == 0 ? null : trees;
    }

    private static LinearRanker Read(string file, IReadOnlyList<string> features)
    {
        var name = "Recoupe.Models.Quotes." + file;
        using var stream = typeof(QuoteModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"quote model {file} is not in the build: run `recoupe train quotes` (models/README.md)");
        using var reader = new StreamReader(stream);
        return LinearRanker.Read(reader, features);
    }
}
