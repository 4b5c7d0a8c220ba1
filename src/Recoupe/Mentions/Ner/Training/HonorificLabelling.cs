using Recoupe.Evaluation.Ner;
using Recoupe.Model;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>
/// The gold entities a model learns from when every corpus must follow one notion of a person's span
/// (<see cref="NerTrainingOptions.Honorifics"/>); the document's own gold stays for scoring.
/// </summary>
public static class HonorificLabelling
{
    /// <summary>The entities to learn, or null to learn the gold as annotated.</summary>
    public static IReadOnlyList<GoldEntity>? Labels(NerDocument doc, HonorificLabels mode) => mode switch
    {
        HonorificLabels.Outside => doc.Entities.Select(e => e.Type == "pers" && HonorificSpans.LeadingLength(doc.Text, e.Span) is > 0 and var n
            ? e with { Span = new TextSpan(e.Span.Start + n, e.Span.End) } : e).ToList(),
        HonorificLabels.Inside => Widened(doc),
        _ => null,
    };

    // A person's span takes the honorific right before it unless another entity holds that text ("M." ending an organisation).
    private static List<GoldEntity> Widened(NerDocument doc)
    {
        var result = new List<GoldEntity>(doc.Entities.Length);
        foreach (var e in doc.Entities)
        {
            int start = e.Type == "pers" ? HonorificSpans.Before(doc.Text, e.Span.Start) : e.Span.Start;
            bool taken = start < e.Span.Start && doc.Entities.Any(o => o != e && o.Span.Start < e.Span.Start && o.Span.End > start);
            result.Add(start < e.Span.Start && !taken ? e with { Span = new TextSpan(start, e.Span.End) } : e);
        }
        return result;
    }
}
