using Recoupe.Model;

namespace Recoupe.Tests.Model;

public class DateStampTests
{
    [Theory]
    [InlineData("2023-09", DatePrecision.Month)]
    [InlineData("2023-09-12", DatePrecision.Day)]
    [InlineData("2023-09-12T10:59", DatePrecision.Minute)]
    [InlineData("2021-03-04T08:15:30", DatePrecision.Second)]
    public void Iso_round_trips_at_its_precision(string iso, DatePrecision precision)
    {
        var stamp = DateStamp.TryParseIso(iso);
        Assert.NotNull(stamp);
        Assert.Equal(precision, stamp.Precision);
        Assert.Equal(iso, stamp.ToIso());
    }

    [Fact]
    public void Span_rejects_negative_ranges() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 2));
}
