using Recoupe.Evaluation.Quotes;
using Recoupe.Learning;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Detection;
using Recoupe.Model;

namespace Recoupe.Mentions.Quotes.Training;

/// <summary>One quoted passage of a gold document, read as the extractor reads it, with what the gold says of it.</summary>
internal sealed record PassageExample(string Group, int Domain, QuoteFrame Frame, RankedSources Sources, bool IsSpeech, bool[] Good)
{
    /// <summary>The gold direct quotation the passage holds, if any.</summary>
    public GoldQuotation? Gold { get; init; }

    public float[] DetectionFeatures(QuoteDocument doc, QuoteModel speaker)
    {
        Sources.Score(speaker);
        var (named, nobody) = Sources.Confidence();
        var x = new float[Detection.DetectionFeatures.Count];
        Detection.DetectionFeatures.Compute(doc, Frame, named, nobody, x);
        return x;
    }
}

/// <summary>
/// Turns gold documents into training examples. Every quoted passage is one: speech when it overlaps an annotated
/// quotation (any attribution's content where all are annotated), and for those, which candidates are good — the
/// ones whose resolved source the gold accepts (<see cref="SpeakerMatch"/>). The previous-speaker features are read
/// from the gold (the resolved entity of a good candidate of the last quotation) — or, given a first-pass model, from
/// that model's own choices, read exactly as the extractor reads them at run time (detection decides whether a passage
/// speaks, the ranker who): training then sees the mistakes that carry down a run of quotations (stacking against
/// exposure bias). The first-pass model must not have been trained on the document.
/// </summary>
internal static class QuoteExamples
{
    public static List<(QuoteDocument Doc, List<PassageExample> Passages)> Build(IEnumerable<PreparedDocument> docs, Func<string, int> domainOf,
        Func<string, QuoteModel>? firstPass = null)
    {
        var result = new List<(QuoteDocument, List<PassageExample>)>();
        foreach (var d in docs)
        {
            var doc = new QuoteDocument(d.Context, d.Entities);
            var state = new AttributionState();
            var passages = new List<PassageExample>();
            foreach (var (q, content) in doc.OuterPassages())
            {
                var frame = QuoteFrame.Of(doc, q, content);
                var sources = SpeakerRanker.Featurize(doc, frame, state);
                var gold = Match(d.Gold, content);
                bool speech = gold is not null || d.Gold.AllAttributions && d.Gold.Quotations.Any(g => g.Content.Any(c => c.Overlaps(content)));
                var good = new bool[sources.Candidates.Count];
                if (gold is not null)
                    for (int i = 0; i < good.Length; i++)
                        good[i] = SpeakerMatch.Right(gold.Source, QuoteExtractor.Mention(doc, frame, sources.Candidates[i], indirect: false));
                passages.Add(new PassageExample(FoldOf(d.Gold), domainOf(d.Gold.Language), frame, sources, speech, good) { Gold = gold });
                if (firstPass?.Invoke(d.Gold.Language) is { } model)
                {
                    // As QuoteExtractor.Extract: the state follows the model's choices, not the gold.
                    sources.Score(model);
                    if (QuoteExtractor.IsSpeech(doc, frame, sources, model)) state.Spoke(sources.ChosenEntity, frame.Paragraph, q.CloseMark);
                }
                else if (speech) state.Spoke(GoldSpeaker(sources, good), frame.Paragraph, q.CloseMark);
            }
            result.Add((doc, passages));
        }
        return result;
    }

    /// <summary>The fold a document belongs to: its language and group ("fr:T03", "en:2016-02").</summary>
    public static string FoldOf(GoldQuoteDocument d) => QuoteModel.ModelLanguage(d.Language) + ":" + d.Group;

    public static RankingExample SpeakerExample(PassageExample p) => new(p.Sources.Features, p.Good, p.Group, p.Domain);

    public static RankingExample DetectionExample(PassageExample p, float[] x) =>
        new([x, new float[x.Length]], [p.IsSpeech, !p.IsSpeech], p.Group, p.Domain);

    // The gold direct quotation this passage holds (the one it overlaps most).
    private static GoldQuotation? Match(GoldQuoteDocument gold, TextSpan content)
    {
        GoldQuotation? best = null;
        int bestOverlap = 0;
        foreach (var g in gold.Quotations)
        {
            if (!g.Direct) continue;
            int overlap = 0;
            foreach (var c in g.Content) overlap += Math.Max(0, Math.Min(c.End, content.End) - Math.Max(c.Start, content.Start));
            if (overlap > bestOverlap) { best = g; bestOverlap = overlap; }
        }
        return best;
    }

    private static EntityMention? GoldSpeaker(RankedSources sources, bool[] good)
    {
        for (int i = 0; i < good.Length; i++)
            if (good[i] && sources.Candidates[i].IsEntity) return sources.Candidates[i].Speaker;
        for (int i = 0; i < good.Length; i++)
            if (good[i] && sources.Candidates[i].Speaker is { } e) return e;
        return null;
    }
}
