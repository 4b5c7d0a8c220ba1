using Recoupe.Faults;

namespace Recoupe.Tests.Faults;

/// <summary>A differing brief says where it differs, so a fault-bench report names the field without the full JSON.</summary>
public class StoreSnapshotDifferenceTests
{
    [Fact]
    public void Names_the_position_and_json_path_of_the_first_difference()
    {
        const string a = "title | undated | {\"id\":\"k\",\"facts\":[{\"statement\":\"x\"},{\"source_groups\":[{\"origin\":\"#12\",\"reason\":\"copy\"}]}]}";
        var b = a.Replace("#12", "#15");
        var where = StoreSnapshot.Where(a, b);
        Assert.Equal($"at character {a.IndexOf("#12") + 2} (facts[1].source_groups[0].origin)", where);
        Assert.Contains("#12", StoreSnapshot.Around(a, b));
        Assert.Contains("#15", StoreSnapshot.Around(b, a));
    }
}
