using System.Collections.Immutable;
using System.Globalization;
using Recoupe.Learning;

namespace Recoupe.Stories;

/// <summary>
/// The join/new decision as a learned model: a conditional logit over the article's same-language candidate stories
/// and "a new story" (the all-zero vector, score 0). The article joins the candidate of highest score when that score
/// exceeds <see cref="Threshold"/> (0: the model prefers joining it to starting a story; above 0: it must prefer it by
/// that margin in log-odds, trading recall for precision). <see cref="Merges"/> says whether the rule-based merges
/// (MergeCentroidThreshold, minor stories) still run after a join. Regularisation, threshold and merges are chosen by
/// cross-validation over RPM2 topics (`recoupe train stories`, models/README.md).
/// Stored as "name TAB weight" lines, with "@threshold" and "@merges" lines for the two decision settings.
/// </summary>
public sealed class StoryJoinModel
{
    public const string ResourceName = "Recoupe.Models.story-join.tsv";

    public StoryJoinModel(LinearRanker ranker, double threshold, bool merges)
    {
        Ranker = ranker;
        Threshold = threshold;
        Merges = merges;
    }

    public LinearRanker Ranker { get; }
    public double Threshold { get; }
    public bool Merges { get; }

    public StoryJoinModel With(double threshold, bool merges) => new(Ranker, threshold, merges);

    private static readonly Lazy<StoryJoinModel?> ShippedModel = new(LoadShipped);

    /// <summary>The model in models/story-join.tsv, embedded in the assembly (null when the build has none).</summary>
    public static StoryJoinModel? Shipped => ShippedModel.Value;

    public static StoryJoinModel Read(TextReader reader)
    {
        double threshold = 0;
        bool merges = true;
        var rest = new System.Text.StringBuilder();
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.StartsWith("@threshold\t", StringComparison.Ordinal))
                threshold = double.Parse(line.AsSpan(11), NumberStyles.Float, CultureInfo.InvariantCulture);
            else if (line.StartsWith("@merges\t", StringComparison.Ordinal)) merges = line[8..].Trim() == "1";
            else rest.Append(line).Append('\n');
        }
        var ranker = LinearRanker.Read(new StringReader(rest.ToString()), StoryJoinFeatures.Names);
        return new StoryJoinModel(ranker, threshold, merges);
    }

    public void Write(TextWriter writer, string? header = null)
    {
        Ranker.Write(writer, header);
        writer.Write("@threshold\t" + Threshold.ToString("0.###", CultureInfo.InvariantCulture) + "\n");
        writer.Write("@merges\t" + (Merges ? "1" : "0") + "\n");
    }

    private static StoryJoinModel? LoadShipped()
    {
        using var stream = typeof(StoryJoinModel).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static StoryJoinModel FromWeights(IReadOnlyList<float> weights, double threshold, bool merges) =>
        new(new LinearRanker([.. StoryJoinFeatures.Names], [.. weights]), threshold, merges);
}
