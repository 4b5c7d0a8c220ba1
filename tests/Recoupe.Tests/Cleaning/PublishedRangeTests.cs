using System.Text;
using Recoupe.Cleaning;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Cleaning;

/// <summary>Publication dates outside a sane range are not used, and `removed` says which and why.</summary>
public sealed class PublishedRangeTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2026-11-25T12:00:00Z");

    private static Article Clean(string published)
    {
        var text = "Le ministre est arrivé hier, il repartira demain et reviendra l'an prochain pour la conférence.";
        var raw = new RawDocument("a.txt", Encoding.UTF8.GetBytes(text), InputKind.Text, new DocumentHints(Published: published));
        var result = RecoupePipeline.Default.Clean(raw, Received);
        Assert.True(result.Success, result.Error);
        return result.Value!;
    }

    [Theory]
    [InlineData("0001-01-01", PublishedRange.TooEarly)]
    [InlineData("1650-06-01", PublishedRange.TooEarly)]
    [InlineData("9999-12-31T23:59:59", PublishedRange.AfterReceived)]
    [InlineData("2026-12-25", PublishedRange.AfterReceived)]
    public void A_date_out_of_range_is_dropped_with_its_reason(string published, string reason)
    {
        var article = Clean(published);
        Assert.Null(article.Published);
        var removal = Assert.Single(article.Removed, r => r.Reason == reason);
        Assert.Equal(DateStamp.TryParseIso(published)!.ToIso(), removal.Text);
        // Relative expressions no longer anchor on an impossible date: annotation does not throw.
        Assert.NotNull(RecoupePipeline.Default.Analyze(article));
    }

    [Theory]
    [InlineData("1789-07-14")]
    [InlineData("2026-11-26")]
    public void Old_archives_and_a_day_of_clock_skew_are_kept(string published) =>
        Assert.Equal(DateStamp.TryParseIso(published), Clean(published).Published);
}
