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
    public void Selection_MixedNamesAndCase_KnownInDeclaredOrderThenUnknownAsTyped()
    {
        var selection = Buildings.Selection(new[] { "occupancymean", "OCCUPANCY_MAX", "BuildingId",
            "DATE_TIME_START", "BUILDING_ID" });

        Assert.Equal(new[] { "BUILDING_ID", "DATE_TIME_START", "OCCUPANCY_MEAN", "OCCUPANCY_MAX" },
            selection);
    }

    [Fact]
    public void Find_PropertyOrApiName_GivesTheSameColumn()
    {
        Assert.Same(Buildings.Find("OccupancyMean"), Buildings.Find("OCCUPANCY_MEAN"));
        Assert.Null(Buildings.Find("NoSuchColumn"));
    }
}
