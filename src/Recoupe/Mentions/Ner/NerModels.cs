using System.Collections.Concurrent;
using System.Reflection;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The trained models that ship inside the assembly (models/ner-LANG.bin in the repository, embedded at build), each
/// loaded on first use and kept. A language without a model gets null: its text goes to the rule recogniser.
/// RECOUPE_NER_MODELS names a folder whose ner-LANG.bin files replace the shipped ones (to score a model trained with
/// `recoupe train ner --select --out DIR/ner-LANG.bin` on the tune split without rebuilding).
/// </summary>
public static class NerModels
{
    private static readonly ConcurrentDictionary<string, Lazy<NerModel?>> Loaded = new(StringComparer.Ordinal);

    public static NerModel? For(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<NerModel?>(() => LoadEmbedded(l))).Value;

    public static string ResourceName(string language) => $"Recoupe.Models.ner-{language}.bin";

    // The word clusters a model reads are loaded with it, so that its first use pays for both at once.
    private static NerModel? LoadEmbedded(string language)
    {
        var model = LoadModel(language);
        if (model is not null) _ = (model.FirstPass ?? model).Clusters;
        return model;
    }

    private static NerModel? LoadModel(string language)
    {
        if (Environment.GetEnvironmentVariable("RECOUPE_NER_MODELS") is { Length: > 0 } folder)
        {
            var path = Path.Combine(folder, $"ner-{language}.bin");
            if (File.Exists(path))
            {
                using var file = File.OpenRead(path);
                return NerModel.Load(file);
            }
        }
        if (language is not ("fr" or "en")) return null;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(language));
        return stream is null ? null : NerModel.Load(stream);
    }
}
