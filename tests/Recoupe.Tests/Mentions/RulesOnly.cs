using Recoupe.Mentions;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Mentions;

/// <summary>
/// A pipeline whose entities come from the rule recogniser alone. The rules still serve: languages without a trained
/// model, and French features of the statistical recogniser (RuleEvidence). Their own tests use this pipeline.
/// </summary>
internal static class RulesOnly
{
    public static RecoupePipeline Pipeline { get; } = new RecoupePipelineBuilder { EntityRecognizer = new EntityRecognizer() }.Build();
}
