namespace Recoupe.Pipeline;

/// <summary>
/// Added: a new article. Unchanged: already stored. Updated: already stored, and re-analysed because its metadata
/// changed (a new sidecar) or a re-ingest asked for it. Rejected: not an article, with the reason.
/// </summary>
public enum IngestStatus { Added, Unchanged, Rejected, Updated }

/// <summary>What happened to one input: added (with its article and story), already there, updated, or rejected with a reason.</summary>
public sealed record IngestOutcome(string Input, IngestStatus Status, long? ArticleId = null, long? StoryId = null, long? CopyOf = null, string? Reason = null)
{
    public static IngestOutcome Rejected(string input, string reason) => new(input, IngestStatus.Rejected, Reason: reason);
}

/// <summary>
/// The outcomes of a batch, and the stories it touched (in first-touched order). <see cref="Problems"/>: what went wrong
/// beside the inputs (a brief that could not be rebuilt), for a person to read.
/// </summary>
public sealed record IngestReport(IReadOnlyList<IngestOutcome> Outcomes, IReadOnlyList<long> TouchedStories)
{
    public IReadOnlyList<string> Problems { get; init; } = [];
    public int Updated => Outcomes.Count(o => o.Status == IngestStatus.Updated);
    public int Added => Outcomes.Count(o => o.Status == IngestStatus.Added);
    public int Unchanged => Outcomes.Count(o => o.Status == IngestStatus.Unchanged);
    public int Rejected => Outcomes.Count(o => o.Status == IngestStatus.Rejected);
}
