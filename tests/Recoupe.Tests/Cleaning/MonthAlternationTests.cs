using Recoupe.Cleaning.Dates;

namespace Recoupe.Tests.Cleaning;

/// <summary>
/// The date regexes are generated at build time, so their month names are a constant (<see cref="DateStampFinder.Months"/>);
/// <see cref="MonthNames"/> still reads them from the culture data for the lookup. These fail when the two drift apart (a
/// name added to MonthNames, or culture data that changed) or when the constant loses its longest-first order.
/// </summary>
public class MonthAlternationTests
{
    [Fact]
    public void The_constant_holds_exactly_the_names_the_culture_data_gives()
    {
        var constant = DateStampFinder.Months.Split('|').ToHashSet(StringComparer.Ordinal);
        var fromCultures = MonthNames.Alternation.Split('|').ToHashSet(StringComparer.Ordinal);
        Assert.Empty(fromCultures.Except(constant));
        Assert.Empty(constant.Except(fromCultures));
    }

    [Fact]
    public void The_constant_is_longest_first_so_a_long_name_is_not_cut_to_its_abbreviation()
    {
        var names = DateStampFinder.Months.Split('|');
        for (int i = 1; i < names.Length; i++)
            Assert.True(names[i - 1].Length >= names[i].Length, $"{names[i - 1]} before {names[i]}");
    }

    [Theory]
    [InlineData("Mis en ligne le 7 févr. 2024 à 9h15", 2024, 2, 7)]
    [InlineData("Posted September 30, 2017", 2017, 9, 30)]
    [InlineData("3. Dezember 2011", 2011, 12, 3)]
    [InlineData("21 de diciembre de 2019", 2019, 12, 21)]
    public void Written_dates_with_month_names_are_read(string text, int year, int month, int day)
    {
        var found = DateStampFinder.FindFirst(text);
        Assert.NotNull(found);
        Assert.Equal(new DateTime(year, month, day), found.Value.Stamp.Value.Date);
    }
}
