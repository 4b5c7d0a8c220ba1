namespace Recoupe.Mentions.Quotes;

/// <summary>
/// Feature groups of the quote speaker ranker that are tried but not shipped: off by default, turned on by
/// `recoupe train quotes` options for cross-validation. A model trained with one on must be scored with it on.
/// </summary>
public static class QuoteFeatureSwitches
{
    /// <summary>
    /// The unnamed-source cues (Attribution/UnnamedSourceCues; issue 13, session 10): off, cross-validation did not
    /// adopt them (models/README.md). `--unnamed-cues`.
    /// </summary>
    public static bool UnnamedCues { get; set; }
}
