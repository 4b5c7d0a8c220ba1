using Recoupe.Mentions;
using Recoupe.Mentions.Quotes;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>Quote documents of invented text as the extractor reads them (the default pipeline's sentences and entities),
/// and their tokens by word, for the attribution tests.</summary>
internal static class QuoteDocuments
{
    public static QuoteDocument Of(string text, string language)
    {
        var pipeline = RecoupePipeline.Default;
        var context = new AnnotationContext(text, language, pipeline.SentenceSplitter.Split(text, language), null);
        return new QuoteDocument(context, pipeline.EntityRecognizer.Recognize(context));
    }

    /// <summary>The index of the <paramref name="nth"/> token written as <paramref name="word"/>.</summary>
    public static int Token(QuoteDocument doc, string word, int nth = 0)
    {
        for (int k = 0, seen = 0; k < doc.Tokens.Length; k++)
            if (doc.Tokens[k].Span.Of(doc.Text) == word && seen++ == nth) return k;
        throw new InvalidOperationException("no such word: " + word);
    }
}
