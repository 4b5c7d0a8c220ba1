using Recoupe.Model;

namespace Recoupe.Cleaning;

/// <summary>
/// Keeps publication dates in a sane range. A scraper's "0001-01-01" (a null date written out) or "9999-12-31" is no
/// date: used as one it pins a story on top of the list for ever, or sends relative expressions ("hier") out of the
/// calendar. A date before <see cref="Earliest"/>, or later than the time the input was received (with a margin for
/// time zones and clocks), is not used: the article counts as undated, and `removed` records the date and why.
/// </summary>
public static class PublishedRange
{
    /// <summary>Old enough for digitised newspaper archives (18th century on).</summary>
    public static readonly DateTime Earliest = new(1700, 1, 1);

    /// <summary>Without a receiving time: no date from beyond this year.</summary>
    public static readonly DateTime Latest = new(2200, 1, 1);

    /// <summary>A date may run ahead of the receiving clock by this much (zones, skewed clocks, embargoed pieces).</summary>
    public static readonly TimeSpan FutureSlack = TimeSpan.FromDays(2);

    public const string TooEarly = "publication date before 1700: not used";
    public const string AfterReceived = "publication date later than the time received: not used";

    public static Article Apply(Article article, DateTimeOffset? receivedAt)
    {
        if (article.Published is not { } published) return article;
        var reason = Problem(published.Value, receivedAt);
        return reason is null ? article : article with { Published = null, Removed = article.Removed.Add(new Removal(published.ToIso(), reason)) };
    }

    /// <summary>Why <paramref name="value"/> is not a usable publication date, or null when it is.</summary>
    public static string? Problem(DateTime value, DateTimeOffset? receivedAt)
    {
        if (value < Earliest) return TooEarly;
        var latest = receivedAt is { } r && r.UtcDateTime < Latest - FutureSlack ? r.UtcDateTime + FutureSlack : Latest;
        return value > latest ? AfterReceived : null;
    }
}
