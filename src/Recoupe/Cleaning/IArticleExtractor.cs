using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>Turns one raw input into a clean article (main text, metadata, removals with reasons), or a reason it cannot.</summary>
public interface IArticleExtractor
{
    ParseResult<Article> Extract(RawDocument document);
}
