using Recoupe.Evaluation.Ner;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// The gold entities a model learns from when titles are moved out of every person span (<see cref="NerTrainingOptions.Titles"/>);
/// the document's own gold stays for scoring.
/// </summary>
public static class TitleLabelling
{
    /// <summary>The entities to learn (from <paramref name="labels"/>, else the gold), or <paramref name="labels"/> unchanged.</summary>
    public static IReadOnlyList<GoldEntity>? Labels(NerDocument doc, IReadOnlyList<GoldEntity>? labels, TitleLabels mode) =>
        mode != TitleLabels.Outside ? labels
        : (labels ?? doc.Entities).Select(e => e.Type == "pers" && TitleSpans.LeadingLength(doc.Text, e.Span) is > 0 and var n
            ? e with { Span = new TextSpan(e.Span.Start + n, e.Span.End) } : e).ToList();
}
