using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Evaluation.Quotes;

/// <summary>
/// Counts for quotation detection and attribution, added one document at a time. A gold direct quotation is found
/// when a direct quotation of ours overlaps its content (the one overlapping most is its match); its speaker is
/// right by <see cref="SpeakerMatch"/>. Ours are precise when they overlap an annotated content: any attribution's
/// where all are annotated (PolNeAR), a gold quotation's otherwise. Indirect speech is counted apart.
/// </summary>
public sealed class QuoteScore
{
    public int Documents, GoldDirect, Found, SpeakerRight, GoldUnnamed, UnnamedRight, PredictedDirect, PredictedMatched;
    public int GoldIndirect, IndirectFound, IndirectSpeakerRight, PredictedIndirect, PredictedIndirectMatched;

    public void Add(GoldQuoteDocument doc, ImmutableArray<QuoteMention> predicted, TextWriter? details = null)
    {
        Documents++;
        var text = doc.Text;
        foreach (var g in doc.Quotations)
        {
            var match = BestMatch(g, predicted, indirect: !g.Direct);
            if (g.Direct)
            {
                GoldDirect++;
                if (g.Source.Unnamed) GoldUnnamed++;
            }
            else GoldIndirect++;
            bool right = match is not null && SpeakerMatch.Right(g.Source, match);
            if (g.Direct)
            {
                if (match is not null) Found++;
                if (right) { SpeakerRight++; if (g.Source.Unnamed) UnnamedRight++; }
            }
            else
            {
                if (match is not null) IndirectFound++;
                if (right) IndirectSpeakerRight++;
            }
            if (details is null) continue;
            var where = g.Content.Count > 0 ? Clip(text, g.Content[0]) : "(not in text)";
            var gold = g.Source.Unnamed ? "(unnamed)" : g.Source.Text ?? string.Join("|", g.Source.Names);
            var got = match is null ? "NOT FOUND" : $"{match.Speaker ?? "(none)"} [{(match.SourceSpan is { } s ? Clip(text, s) : "-")}]";
            details.WriteLine($"{(g.Direct ? "direct" : "indirect")}\t{doc.Id}\t{(match is null ? "MISSED" : right ? "right" : "WRONG")}\t{gold}\tgot {got}\t{where}");
        }
        foreach (var q in predicted)
        {
            bool matched = doc.Quotations.Any(g => (doc.AllAttributions || g.Direct == !q.Indirect) && g.Content.Any(c => c.Overlaps(q.Span)));
            if (q.Indirect) { PredictedIndirect++; if (matched) PredictedIndirectMatched++; }
            else { PredictedDirect++; if (matched) PredictedMatched++; }
            if (details is not null && !matched && !q.Indirect) details.WriteLine($"spurious\t{doc.Id}\t{q.Speaker ?? "(none)"}\t{Clip(text, q.Span)}");
        }
    }

    private static QuoteMention? BestMatch(GoldQuotation g, ImmutableArray<QuoteMention> predicted, bool indirect)
    {
        QuoteMention? best = null;
        int bestOverlap = 0;
        foreach (var q in predicted)
        {
            if (q.Indirect != indirect) continue;
            int overlap = 0;
            foreach (var c in g.Content) overlap += Math.Max(0, Math.Min(c.End, q.Span.End) - Math.Max(c.Start, q.Span.Start));
            if (overlap > bestOverlap) { best = q; bestOverlap = overlap; }
        }
        return best;
    }

    public void Add(QuoteScore other)
    {
        Documents += other.Documents; GoldDirect += other.GoldDirect; Found += other.Found; SpeakerRight += other.SpeakerRight;
        GoldUnnamed += other.GoldUnnamed; UnnamedRight += other.UnnamedRight; PredictedDirect += other.PredictedDirect;
        PredictedMatched += other.PredictedMatched; GoldIndirect += other.GoldIndirect; IndirectFound += other.IndirectFound;
        IndirectSpeakerRight += other.IndirectSpeakerRight; PredictedIndirect += other.PredictedIndirect;
        PredictedIndirectMatched += other.PredictedIndirectMatched;
    }

    public double SpeakerAccuracy => Ratio(SpeakerRight, GoldDirect);
    public double DetectionRecall => Ratio(Found, GoldDirect);
    public double DetectionPrecision => Ratio(PredictedMatched, PredictedDirect);

    public Dictionary<string, double> Metrics()
    {
        var m = new Dictionary<string, double>
        {
            ["documents"] = Documents,
            ["direct.gold"] = GoldDirect,
            ["direct.found"] = Found,
            ["detection.recall"] = DetectionRecall,
            ["detection.precision"] = DetectionPrecision,
            ["direct.predicted"] = PredictedDirect,
            ["speaker.right"] = SpeakerRight,
            ["speaker.accuracy"] = SpeakerAccuracy,
            ["speaker.accuracy.found"] = Ratio(SpeakerRight, Found),
            ["unnamed.gold"] = GoldUnnamed,
            ["unnamed.right"] = UnnamedRight,
        };
        if (GoldIndirect > 0 || PredictedIndirect > 0)
        {
            m["indirect.gold"] = GoldIndirect;
            m["indirect.recall"] = Ratio(IndirectFound, GoldIndirect);
            m["indirect.precision"] = Ratio(PredictedIndirectMatched, PredictedIndirect);
            m["indirect.speaker.right"] = IndirectSpeakerRight;
        }
        return m;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static string Clip(string text, TextSpan s)
    {
        var t = s.Of(text).Replace('\n', ' ');
        return t.Length > 70 ? t[..70] + "…" : t;
    }
}
