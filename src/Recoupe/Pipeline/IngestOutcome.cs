namespace Recoupe.Pipeline;

public enum IngestStatus { Added, Unchanged, Rejected }

/// <summary>What happened to one input: added (with its article and story), already there, or rejected with a reason.</summary>
public sealed record IngestOutcome(string Input, IngestStatus Status, long? ArticleId = null, long? StoryId = null, long? CopyOf = null, string? Reason = null)
{
    public static IngestOutcome Rejected(string input, string reason) => new(input, IngestStatus.Rejected, Reason: reason);
}

/// <summary>The outcomes of a batch, and the stories it touched (in first-touched order).</summary>
public sealed record IngestReport(IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<long> TouchedStories)
{
    public int Added => Outcomes.Count(o => o.Status == IngestStatus.Added);
    public int Unchanged => Outcomes.Count(o => o.Status == IngestStatus.Unchanged);
    public int Rejected => Outcomes.Count(o => o.Status == IngestStatus.Rejected);
}
