using System.Collections.Concurrent;
using System.Reflection;

namespace Recoupe.Mentions.Ner;

/// <summary>
/// The trained models that ship inside the assembly (models/ner-LANG.bin in the repository, embedded at build), each
/// loaded on first use and kept. A language without a model gets null: its text goes to the rule recogniser.
/// </summary>
public static class NerModels
{
    private static readonly ConcurrentDictionary<string, Lazy<NerModel?>> Loaded = new(StringComparer.Ordinal);

    public static NerModel? For(string language) =>
        Loaded.GetOrAdd(language, l => new Lazy<NerModel?>(() => LoadEmbedded(l))).Value;

    public static string ResourceName(string language) => $"Recoupe.Models.ner-{language}.bin";

    private static NerModel? LoadEmbedded(string language)
    {
        if (language is not ("fr" or "en")) return null;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName(language));
        return stream is null ? null : NerModel.Load(stream);
    }
}
