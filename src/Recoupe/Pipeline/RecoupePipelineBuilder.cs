using Recoupe.Briefs;
using Recoupe.Cleaning;
using Recoupe.Dedup;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Stories;

namespace Recoupe.Pipeline;

/// <summary>
/// The mutable builder of a <see cref="RecoupePipeline"/> (Markdig's habit): start from the defaults,
/// replace a stage where a test or a plug-in needs another, then <see cref="Build"/> a frozen pipeline.
/// </summary>
public sealed class RecoupePipelineBuilder
{
    public IArticleExtractor Extractor { get; set; } = new ArticleExtractor();
    public ILanguageIdentifier LanguageIdentifier { get; set; } = new LanguageIdentifier();
    public ISentenceSplitter SentenceSplitter { get; set; } = new SentenceSplitter();
    public IEntityRecognizer EntityRecognizer { get; set; } = new Mentions.Ner.StatisticalEntityRecognizer();
    public IQuoteExtractor QuoteExtractor { get; set; } = new QuoteExtractor();
    public ITimeTagger TimeTagger { get; set; } = new TimeTagger();
    public IEntityResolver EntityResolver { get; set; } = new EntityResolver();
    public Func<IDuplicateIndex> NewDuplicateIndex { get; set; } = () => new NearDuplicateIndex();
    public Func<IStoryAssigner> NewStoryAssigner { get; set; } = () => new OnlineStoryAssigner();
    public IBriefBuilder BriefBuilder { get; set; } = new BriefBuilder();

    public RecoupePipeline Build() => new(this);
}
