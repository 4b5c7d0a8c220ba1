using Recoupe.Pipeline;

namespace Recoupe.Tests.Pipeline;

/// <summary>
/// The ingest profile counts the bytes a stage allocates as well as its CPU time, and a stage measured within another is
/// taken off the outer one for both, so that no byte counts twice.
/// </summary>
public sealed class IngestProfileTests
{
    private const int Size = 1 << 20;

    [Fact]
    public void A_stage_counts_what_it_allocates()
    {
        var profile = new IngestProfile();
        byte[] kept;
        using (IngestProfile.Measure(profile, IngestStage.Briefs))
            kept = new byte[Size];
        Assert.Equal(Size, kept.Length);
        Assert.InRange(profile.Allocated(IngestStage.Briefs), Size, 2L * Size);
        Assert.Equal(0, profile.Allocated(IngestStage.Annotate));
    }

    [Fact]
    public void An_inner_stage_is_taken_off_the_outer_one()
    {
        var profile = new IngestProfile();
        byte[] outer, inner;
        using (IngestProfile.Measure(profile, IngestStage.Briefs))
        {
            outer = new byte[Size];
            using (IngestProfile.Measure(profile, IngestStage.BriefReads, within: IngestStage.Briefs))
                inner = new byte[2 * Size];
        }
        Assert.Equal(3 * Size, outer.Length + inner.Length);
        Assert.InRange(profile.Allocated(IngestStage.BriefReads), 2L * Size, 3L * Size);
        Assert.InRange(profile.Allocated(IngestStage.Briefs), Size, 2L * Size);
    }

    [Fact]
    public void Without_a_profile_nothing_is_counted()
    {
        using (IngestProfile.Measure(null, IngestStage.Briefs))
            Assert.Equal(Size, new byte[Size].Length);
    }
}
