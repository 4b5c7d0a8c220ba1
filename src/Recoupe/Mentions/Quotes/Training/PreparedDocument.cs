using System.Collections.Immutable;
using Recoupe.Evaluation.Quotes;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Mentions.Quotes.Training;

/// <summary>A gold document with the annotations the quote stage reads (sentences, entities), computed once.</summary>
internal sealed record PreparedDocument(GoldQuoteDocument Gold, AnnotationContext Context, ImmutableArray<EntityMention> Entities)
{
    public static PreparedDocument Of(GoldQuoteDocument gold, RecoupePipeline pipeline)
    {
        var sentences = pipeline.SentenceSplitter.Split(gold.Text, gold.Language);
        var context = new AnnotationContext(gold.Text, gold.Language, sentences, null);
        return new PreparedDocument(gold, context, pipeline.EntityRecognizer.Recognize(context));
    }
}
