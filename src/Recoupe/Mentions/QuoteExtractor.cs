using System.Collections.Immutable;
using Recoupe.Mentions.Quotes;
using Recoupe.Mentions.Quotes.Attribution;
using Recoupe.Mentions.Quotes.Detection;
using Recoupe.Model;

namespace Recoupe.Mentions;

/// <summary>
/// Direct, partial and indirect quotations with their sources. Quote marks are paired (<see cref="QuoteMarkPairer"/>);
/// for each passage the candidate sources around it are ranked by a trained model (<see cref="SpeakerRanker"/>);
/// a second model keeps reported speech and drops titles, nicknames and scare quotes, partly on how sure the ranker
/// is that someone said it. Pronouns and descriptions resolve to the named entity they stand for; an unnamed source
/// ("un responsable", "officials") keeps no name but its words. Passages go in text order, so each one knows who
/// spoke before it. Sentences "X a déclaré que …" without marks give indirect quotations (<see cref="IndirectSpeech"/>).
/// </summary>
public sealed class QuoteExtractor : IQuoteExtractor
{
    private readonly Func<string, QuoteModel> _models;

    public QuoteExtractor() : this(QuoteModels.For) { }

    /// <summary>With other models than the shipped ones (training, cross-validation).</summary>
    public QuoteExtractor(Func<string, QuoteModel> models) => _models = models;

    public ImmutableArray<QuoteMention> Extract(AnnotationContext context, ImmutableArray<EntityMention> entities)
    {
        if (string.IsNullOrEmpty(context.Text)) return [];
        var doc = new QuoteDocument(context, entities);
        var model = _models(context.Language);
        var result = ImmutableArray.CreateBuilder<QuoteMention>();
        var state = new AttributionState();
        foreach (var (q, content) in doc.OuterPassages())
        {
            var frame = QuoteFrame.Of(doc, q, content);
            var ranked = SpeakerRanker.Rank(doc, frame, state, model);
            if (!IsSpeech(doc, frame, ranked, model)) continue;
            result.Add(Mention(doc, frame, ranked, indirect: false));
            state.Spoke(ranked.ChosenEntity, frame.Paragraph, q.CloseMark);
        }
        IndirectSpeech.Add(doc, model, result);
        result.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return result.ToImmutable();
    }

    internal static bool IsSpeech(QuoteDocument doc, QuoteFrame frame, RankedSources ranked, QuoteModel model)
    {
        Span<float> x = stackalloc float[DetectionFeatures.Count];
        x.Clear();
        var (named, nobody) = ranked.Confidence();
        DetectionFeatures.Compute(doc, frame, named, nobody, x);
        return model.Detector.Probability(x) >= 0.5f;
    }

    /// <summary>The quotation as the engine reports it: its source's words, the named entity they resolve to, the cue.</summary>
    internal static QuoteMention Mention(QuoteDocument doc, QuoteFrame frame, RankedSources ranked, bool indirect) =>
        Mention(doc, frame, ranked.Chosen, indirect);

    internal static QuoteMention Mention(QuoteDocument doc, QuoteFrame frame, SourceCandidate c, bool indirect)
    {
        var entity = c.Speaker;
        TextSpan? cueSpan = CueFor(doc, frame, c);
        bool nobody = c.Kind == SourceKind.Nobody;
        string? speaker = entity is not null ? doc.EntityByKey(entity).Name
            : c.Reading == ReadingKind.Institution ? ChainResolver.InstitutionName(doc, c) : null;
        TextSpan? speakerSpan = entity?.Span ?? (c.Reading == ReadingKind.Institution ? c.NameSpan ?? c.Span : null);
        return new QuoteMention(WithoutTrailingComma(doc.Text, frame.Content), speaker, speakerSpan, cueSpan?.Of(doc.Text), indirect, entity?.Key,
            nobody ? null : c.Span.Of(doc.Text), nobody ? null : c.Span, cueSpan);
    }

    /// <summary>
    /// "We will rebuild," the mayor said: English puts the comma that joins the quotation to its sentence inside the marks.
    /// It belongs to the sentence, not to what was said, so the quotation's span stops before it.
    /// </summary>
    internal static TextSpan WithoutTrailingComma(string text, TextSpan content)
    {
        int end = content.End;
        while (end > content.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= content.Start + 1 || text[end - 1] != ',') return content;
        end--;
        while (end > content.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > content.Start ? new TextSpan(content.Start, end) : content;
    }

    // The cue on the side of the source: "a-t-il ajouté" after the quote, "a déclaré" before it, "selon".
    private static TextSpan? CueFor(QuoteDocument doc, QuoteFrame f, SourceCandidate c)
    {
        int k = c.Kind != SourceKind.Nobody && c.Span.Start >= f.Passage.CloseMark && f.CueAfter >= 0 ? f.CueAfter
            : f.CueBefore >= 0 ? f.CueBefore : f.CueAfter >= 0 ? f.CueAfter : f.According;
        if (k < 0) return null;
        var tok = doc.Tokens[k];
        int start = tok.Span.Start;
        if (k > 0 && doc.Tokens[k - 1].Lower is "a" or "avait" or "ont" or "has" or "had" or "have" && tok.Span.Start - doc.Tokens[k - 1].Span.End <= 1)
            start = doc.Tokens[k - 1].Span.Start;
        return new TextSpan(start, tok.Span.End);
    }
}
