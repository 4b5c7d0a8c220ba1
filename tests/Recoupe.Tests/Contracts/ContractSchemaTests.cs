using System.Text.Json.Nodes;
using Json.Schema;
using Recoupe.Contracts;
using Recoupe.Ingest;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Contracts;

/// <summary>The JSON contracts of DESIGN.md, checked against the schemas kept in /schemas.</summary>
public class ContractSchemaTests
{
    private static JsonSchema Schema(string name) =>
        JsonSchema.FromFile(Path.Combine(TestPaths.RepoRoot, "schemas", name));

    private static void AssertValid(string schema, string json)
    {
        var result = Schema(schema).Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void Story_brief_json_matches_its_schema()
    {
        using var temp = new TempStore();
        var report = new RecoupeEngine(RecoupePipeline.Default, temp.Store).IngestAll(InputCollector.Collect([TestPaths.Seeds]));
        var brief = temp.Store.GetBrief(report.TouchedStories[0])!;
        AssertValid("story-brief.schema.json", BriefDocument.ToJson(brief));
    }

    [Fact]
    public void Extract_and_annotate_json_match_their_schemas()
    {
        foreach (var item in InputCollector.Collect([TestPaths.Seeds]).Cast<InputDocument>())
        {
            var article = RecoupePipeline.Default.Clean(item.Document).GetValueOrThrow();
            AssertValid("extract.schema.json", ContractJson.Serialize(ExtractDocument.From(article)));
            var annotations = RecoupePipeline.Default.Annotate(article.Text, article.Language, article.Published);
            AssertValid("annotate.schema.json", ContractJson.Serialize(AnnotateDocument.From(item.Input, article.Language, article.Published, article.Text, annotations)));
        }
    }

    [Fact]
    public void A_schema_rejects_a_document_that_breaks_the_contract()
    {
        // Guards the guard: a brief without `facts` must fail validation.
        var node = JsonNode.Parse("""{"id":1,"title":"t","first_seen":"2023-09-05T00:00:00Z","last_seen":"2023-09-05T00:00:00Z","articles":[],"summary":[],"conflicts":[],"quotes":[],"entities":[],"timeline":[]}""");
        Assert.False(Schema("story-brief.schema.json").Evaluate(node).IsValid);
    }
}
