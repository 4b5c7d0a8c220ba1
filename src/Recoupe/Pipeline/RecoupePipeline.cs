using System.Collections.Immutable;
using Recoupe.Briefs;
using Recoupe.Cleaning;
using Recoupe.Dedup;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Mentions.Time;
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

    /// <summary>
    /// Annotates the article; one without a publication date is then dated from its text (<see cref="TextDate"/>: its
    /// dateline, else the newest date it mentions up to <paramref name="receivedAt"/>, else <paramref name="receivedAt"/>
    /// itself), recorded apart from <see cref="Article.Published"/> with its source. A dateline is the date of writing:
    /// the time expressions are read again against it, so that "hier" gets its day.
    /// </summary>
    public AnalyzedArticle Analyze(Article article, DateTimeOffset? receivedAt = null)
    {
        var annotations = Annotate(article.Text, article.Language, article.Published);
        if (article.Published is not null) return new(article, annotations);
        if (TextDate.Infer(article.Text, annotations, receivedAt?.UtcDateTime) is not { } inferred) return new(article, annotations);
        var (date, source) = inferred;
        article = article with { InferredDate = date, InferredFrom = source };
        if (source == DateSource.Dateline)
            annotations = annotations with
            {
                Times = TimeTagger.Tag(new AnnotationContext(article.Text, article.Language, annotations.Sentences, date)),
            };
        return new(article, annotations);
    }

    /// <summary>
    /// For readers of one text (`recoupe extract`, `recoupe annotate`): the date an undated article's own words give, its
    /// dateline or a full date written within <see cref="TextDate.TextWindow"/> before <paramref name="readAt"/>, found by the
    /// sentence splitter and time tagger alone (cleaning-only callers pay for no entities or quotes). The day it is read is
    /// not the article's date (nothing was received), so there is no "ingested" fallback: no date is said when the text
    /// gives none. An article with a publication date is returned as it is.
    /// </summary>
    public Article DateFromText(Article article, DateTimeOffset readAt)
    {
        if (article.Published is not null || article.Text.Length == 0) return article;
        var sentences = SentenceSplitter.Split(article.Text, article.Language);
        var times = TimeTagger.Tag(new AnnotationContext(article.Text, article.Language, sentences, null));
        var read = new ArticleAnnotations(sentences, [], [], times);
        return TextDate.Infer(article.Text, read, readAt.UtcDateTime) is { Source: not DateSource.Ingested } inferred
            ? article with { InferredDate = inferred.Date, InferredFrom = inferred.Source }
            : article;
    }
}
