using InnerSpace.Client;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class ApiRootTests
{
    private static readonly ApiRoot Buildings = ApiRoots.BuildingInsights;

    [Fact]
    public void Selection_NothingAsked_IsEveryKnownColumnInDeclaredOrder()
    {
        Assert.Equal(
            new[] { "BUILDING_ID", "SITE_ID", "GROUP_ID", "GRANULARITY", "DATE_TIME_START",
                "DATE_PARTITION", "OCCUPANCY_MEAN" },
            Buildings.Selection(null));
    }

    [Fact]
    public void Selection_MixedNamesAndCase_InTheUsersOrderWithoutRepeats()
    {
        var selection = Buildings.Selection(new[] { "occupancymean", "OCCUPANCY_MAX", "BuildingId",
            "DATE_TIME_START", "BUILDING_ID" });

        Assert.Equal(new[] { "OCCUPANCY_MEAN", "OCCUPANCY_MAX", "BUILDING_ID", "DATE_TIME_START" },
            selection);
    }

    [Theory]
    [InlineData("*", 7)]
    [InlineData("Occ*", 1)]
    [InlineData("DATE_*", 2)]
    [InlineData("*Id", 3)]
    public void Selection_Wildcard_ExpandsOverKnownColumns(string pattern, int expected)
    {
        Assert.Equal(expected, Buildings.Selection(new[] { pattern }).Count);
    }

    [Theory]
    [InlineData("Nothing*")]
    [InlineData("X } } query Evil {")]
    [InlineData("1abc")]
    [InlineData("OCCUPANCY-MEAN")]
    public void Selection_NameThatCannotBeAField_ThrowsNamingIt(string name)
    {
        var failure = Assert.Throws<ArgumentException>(() => Buildings.Selection(new[] { name }));

        Assert.Contains(name, failure.Message);
    }

    [Fact]
    public void Find_PropertyOrApiName_GivesTheSameColumn()
    {
        Assert.Same(Buildings.Find("OccupancyMean"), Buildings.Find("OCCUPANCY_MEAN"));
        Assert.Null(Buildings.Find("NoSuchColumn"));
    }
}
