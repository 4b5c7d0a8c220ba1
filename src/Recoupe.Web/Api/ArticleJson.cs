using System.Text.Json;
using System.Text.Json.Nodes;
using Recoupe.Contracts;
using Recoupe.Model;

namespace Recoupe.Web.Api;

/// <summary>
/// GET /api/articles/{id}: the extract contract's fields, plus the article's id, story and copy-of,
/// and its annotations (the annotate contract's sentences, entities, quotes and times).
/// </summary>
public static class ArticleJson
{
    public static JsonObject Build(AnalyzedArticle analyzed, long? storyId)
    {
        var a = analyzed.Article;
        var doc = JsonSerializer.SerializeToNode(ExtractDocument.From(a), ContractJson.Compact)!.AsObject();
        doc.Insert(0, "id", a.Id);
        doc["story_id"] = storyId;
        doc["copy_of"] = a.CopyOf;
        var annotate = AnnotateDocument.From(a.Input, a.Language, a.Published, a.Text, analyzed.Annotations);
        doc["annotations"] = new JsonObject
        {
            ["sentences"] = JsonSerializer.SerializeToNode(annotate.Sentences, ContractJson.Compact),
            ["entities"] = JsonSerializer.SerializeToNode(annotate.Entities, ContractJson.Compact),
            ["quotes"] = JsonSerializer.SerializeToNode(annotate.Quotes, ContractJson.Compact),
            ["times"] = JsonSerializer.SerializeToNode(annotate.Times, ContractJson.Compact),
        };
        return doc;
    }
}
