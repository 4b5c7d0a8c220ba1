namespace Recoupe.Mentions.Quotes.Attribution;

/// <summary>
/// What earlier quotations of the document tell about the next one: who spoke last and where, and how often each
/// entity has spoken. Updated in text order, by the extractor from its own choices and in training from the gold.
/// </summary>
internal sealed class AttributionState
{
    public string? PreviousKey { get; private set; }
    public int PreviousParagraph { get; private set; } = -10;
    public int PreviousClose { get; private set; } = -1;
    public bool HasPrevious => PreviousClose >= 0;
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int CountOf(string key) => _counts.GetValueOrDefault(key);

    public void Spoke(string? key, int paragraph, int close)
    {
        PreviousKey = key;
        PreviousParagraph = paragraph;
        PreviousClose = close;
        if (key is not null) _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }
}
