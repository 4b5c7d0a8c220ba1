namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// What earlier quotations of the document tell about the next one: who spoke last and where, and how often each
/// entity has spoken. Updated in text order, by the extractor from its own choices and in training from the gold.
/// </summary>
internal sealed class AttributionState
{
    public string? PreviousKey => PreviousEntity?.Key;
    /// <summary>A mention of the last speaker (any type: a ministry speaks on as a person does), null when unnamed.</summary>
    public Recoupe.Model.EntityMention? PreviousEntity { get; private set; }
    public int PreviousParagraph { get; private set; } = -10;
    public int PreviousClose { get; private set; } = -1;
    public bool HasPrevious => PreviousClose >= 0;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int CountOf(string key) => _counts.GetValueOrDefault(key);

    public void Spoke(Recoupe.Model.EntityMention? speaker, int paragraph, int close)
    {
        PreviousEntity = speaker;
        var key = speaker?.Key;
        PreviousParagraph = paragraph;
        PreviousClose = close;
        if (key is not null) _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }
}
