using Recoupe.Cleaning.PlainText;

namespace Recoupe.Tests.Cleaning;

/// <summary>Translation leftovers cut from a line, editorial brackets kept, and the quotation marks left balanced.</summary>
public sealed class InlineDebrisTests
{
    [Theory]
    // A translator's wrapper opens the quotation twice around the leftover: one opening mark is left, matching the one closing.
    [InlineData("« [That] « Le pont restera fermé tout l'hiver », a prévenu la maire.", "« Le pont restera fermé tout l'hiver », a prévenu la maire.")]
    [InlineData("“[This] “The bridge stays shut,” the mayor said.", "“The bridge stays shut,” the mayor said.")]
    // A leftover before a single quotation: only the leftover goes.
    [InlineData("[This] « Le pont restera fermé », a prévenu la maire.", "« Le pont restera fermé », a prévenu la maire.")]
    [InlineData("« [This] Le pont restera fermé », a prévenu la maire.", "« Le pont restera fermé », a prévenu la maire.")]
    // Editorial brackets stay.
    [InlineData("« Le pont [sic] restera fermé », a prévenu la maire.", "« Le pont [sic] restera fermé », a prévenu la maire.")]
    [InlineData("« [sic] « Le pont restera fermé », a-t-elle dit.", "« [sic] « Le pont restera fermé », a-t-elle dit.")]
    public void Leftovers_go_and_quotation_marks_stay_balanced(string line, string expected) =>
        Assert.Equal(expected, InlineDebris.Strip(line).Text);

    [Fact]
    public void The_pieces_taken_out_are_reported()
    {
        var (_, removed) = InlineDebris.Strip("« [That] « Le pont restera fermé », a prévenu la maire.");
        Assert.Equal(["[That] «"], removed);
        Assert.Equal(["[This]"], InlineDebris.Strip("[This] « Le pont restera fermé », a prévenu la maire.").Removed);
    }
}
