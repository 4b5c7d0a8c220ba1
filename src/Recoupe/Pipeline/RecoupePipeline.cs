using System.Collections.Immutable;
using Recoupe.Briefs;
using Recoupe.Cleaning;
using Recoupe.Dedup;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Model;
using Recoupe.Stories;

namespace Recoupe.Pipeline;

/// <summary>
/// The frozen, thread-safe set of stages, in the order of DESIGN.md's flow. Built once by
/// <see cref="RecoupePipelineBuilder"/>; stateful parts (duplicate index, story assigner) are
/// created per engine through factories so that two engines never share state.
/// </summary>
public sealed class RecoupePipeline
{
    internal RecoupePipeline(RecoupePipelineBuilder b)
    {
        Extractor = b.Extractor;
        LanguageIdentifier = b.LanguageIdentifier;
        SentenceSplitter = b.SentenceSplitter;
        EntityRecognizer = b.EntityRecognizer;
        QuoteExtractor = b.QuoteExtractor;
        TimeTagger = b.TimeTagger;
        EntityResolver = b.EntityResolver;
        NewDuplicateIndex = b.NewDuplicateIndex;
        NewStoryAssigner = b.NewStoryAssigner;
        BriefBuilder = b.BriefBuilder;
    }

    public IArticleExtractor Extractor { get; }
    public ILanguageIdentifier LanguageIdentifier { get; }
    public ISentenceSplitter SentenceSplitter { get; }
    public IEntityRecognizer EntityRecognizer { get; }
    public IQuoteExtractor QuoteExtractor { get; }
    public ITimeTagger TimeTagger { get; }
    public IEntityResolver EntityResolver { get; }
    public Func<IDuplicateIndex> NewDuplicateIndex { get; }
    public Func<IStoryAssigner> NewStoryAssigner { get; }
    public IBriefBuilder BriefBuilder { get; }

    public static RecoupePipeline Default { get; } = new RecoupePipelineBuilder().Build();

    /// <summary>
    /// Cleaning, then language identification when the extractor could not tell it, then the publication date checked
    /// against a sane range (<see cref="PublishedRange"/>; later than <paramref name="receivedAt"/> is out when given).
    /// </summary>
    public ParseResult<Article> Clean(RawDocument document, DateTimeOffset? receivedAt = null)
    {
        var result = Extractor.Extract(document);
        if (!result.Success) return result;
        var article = result.Value!;
        if (article.Language == "und" && article.Text.Length > 0)
            article = article with { Language = LanguageIdentifier.Identify(article.Text).Code };
        return ParseResult<Article>.Ok(PublishedRange.Apply(article, receivedAt));
    }

    /// <summary>Sentences, then entities, then quotes (which need entities for speakers), then time expressions.</summary>
    public ArticleAnnotations Annotate(string text, string language, DateStamp? anchor)
    {
        var sentences = SentenceSplitter.Split(text, language);
        var context = new AnnotationContext(text, language, sentences, anchor);
        var entities = EntityRecognizer.Recognize(context);
        var quotes = QuoteExtractor.Extract(context, entities);
        var times = TimeTagger.Tag(context);
        return new ArticleAnnotations(sentences, entities, quotes, times);
    }

    public AnalyzedArticle Analyze(Article article) =>
        new(article, Annotate(article.Text, article.Language, article.Published));
}
