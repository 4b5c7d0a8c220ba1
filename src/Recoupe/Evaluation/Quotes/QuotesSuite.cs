using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// `recoupe eval quotes PATH`: quotation detection and speakers against either gold form — seeds-style JSON
/// (quotes.gold.json, seeds.gold.json; articles found beside it) or BRAT attributions (PolNeAR's text/ and
/// attributions/). Direct quotations: detection recall and precision, speaker accuracy; indirect speech apart.
/// </summary>
public sealed class QuotesSuite : IEvalSuite
{
    public string Name => "quotes";
    public string Description => "Quotations found and their speakers (seeds-style quotes.gold.json or PolNeAR BRAT attributions)";
    public string DefaultDataFolder => "quotes-fr-rpm2-dev";

    public EvalReport Run(string dataPath, RecoupePipeline pipeline, EvalOptions options)
    {
        var docs = QuoteGold.Read(dataPath, pipeline, options.Details);
        if (options.Limit is { } limit) docs = [.. docs.Take(limit)];
        var score = new QuoteScore();
        foreach (var d in docs)
            score.Add(d, pipeline.Annotate(d.Text, d.Language, null).Quotes, options.Details);
        var notes = new List<string>
        {
            "A gold direct quotation is found when one of ours overlaps it; speaker.accuracy counts right speakers over all gold direct quotations.",
            "Speaker right: the same name (any variant) for seeds-style gold; for BRAT, our source or speaker words overlap the gold source, or our name is the one written there.",
            "The shipped ranker was trained on quotes-fr-rpm2-dev and quotes-en-polnear-train: figures there are training figures; cross-validated ones come from `recoupe train quotes --cv` (models/README.md).",
        };
        return new EvalReport(Name, score.Metrics(), notes);
    }
}

/// <summary>Reads a gold quotation set in whichever form the path holds.</summary>
public static class QuoteGold
{
    public static IReadOnlyList<GoldQuoteDocument> Read(string path, RecoupePipeline pipeline, TextWriter? notes = null)
    {
        if (Directory.Exists(path) && BratAttributionReader.Handles(path)) return BratAttributionReader.Read(path, notes);
        if (SeedsStyleQuoteReader.Handles(path)) return SeedsStyleQuoteReader.Read(path, pipeline, notes);
        throw new FileNotFoundException("neither a quotes.gold.json / seeds.gold.json nor BRAT text/ and attributions/ folders", path);
    }
}
