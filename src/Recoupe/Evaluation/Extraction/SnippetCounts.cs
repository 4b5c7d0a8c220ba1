namespace Recoupe.Evaluation.Extraction;

/// <summary>True/false positives and negatives over snippets, and the precision/recall/F1 they give.</summary>
public sealed class SnippetCounts
{
    public int TruePositives, FalseNegatives, FalsePositives, TrueNegatives, Pages;

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>
    /// Counts one page exactly as trafilatura's comparison.py does: a plain substring test of each snippet in
    /// the extracted text (no normalisation beyond what the extractor itself does); a failed extraction counts
    /// every "with" as missed and every "without" as rightly absent.
    /// </summary>
    public (int Tp, int Fn, int Fp, int Tn) Add(string? text, EvalPage page)
    {
        int tp = 0, fn = 0, fp = 0, tn = 0;
        foreach (var s in page.With) if (text is not null && text.Contains(s, StringComparison.Ordinal)) tp++; else fn++;
        foreach (var s in page.Without) if (text is not null && text.Contains(s, StringComparison.Ordinal)) fp++; else tn++;
        TruePositives += tp; FalseNegatives += fn; FalsePositives += fp; TrueNegatives += tn; Pages++;
        return (tp, fn, fp, tn);
    }
}
