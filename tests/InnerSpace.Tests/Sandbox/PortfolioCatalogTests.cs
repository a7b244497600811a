using InnerSpace.Sandbox.Data;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>The buildings of --buildings N: the demo building first, the rest spread out.</summary>
public sealed class PortfolioCatalogTests
{
    [Fact]
    public void Create_Default_PutsTheDemoBuildingFirstInChicago()
    {
        var buildings = DemoCatalog.CreateDefault().Buildings;
        var demo = buildings[0];

        Assert.Equal([71L, 72, 73, 74, 75], buildings.Select(b => b.BuildingId));
        Assert.Equal(900000222L, demo.SiteId);
        Assert.Equal(Json.DemoGroup, demo.EveryoneGroupId);
        Assert.Equal("America/Chicago", demo.TimeZone.Id);
        Assert.Equal(400, demo.Capacity);
        Assert.Equal(
            ["America/Chicago", "America/New_York", "Europe/London", "Europe/Berlin",
                "Asia/Singapore"],
            buildings.Select(b => b.TimeZone.Id));
    }

    [Fact]
    public void Create_HundredBuildings_SpreadOverSitesZonesAndSizes()
    {
        var buildings = PortfolioBuilder.Create(100);

        Assert.Equal(100, buildings.Select(b => b.BuildingId).Distinct().Count());
        Assert.Equal(6, buildings.Select(b => b.TimeZone.Id).Distinct().Count());
        Assert.True(buildings.Select(b => b.Capacity).Distinct().Count() >= 5);
        var sites = buildings.GroupBy(b => b.SiteId).ToList();
        Assert.InRange(sites.Count, 30, 40);
        Assert.All(sites, site => Assert.InRange(site.Count(), 1, 3));
        Assert.All(sites, site => Assert.Single(site.Select(b => b.TimeZone.Id).Distinct()));
        Assert.Equal(100, buildings.Select(b => b.EveryoneGroupId).Distinct().Count());
        Assert.All(buildings, b => Assert.Matches("^all-[0-9a-f-]{36}$", b.EveryoneGroupId));
    }

    [Fact]
    public void Create_TwoCalls_GiveTheSameIdsAndNames()
    {
        var first = PortfolioBuilder.Create(12);
        var again = PortfolioBuilder.Create(12);

        Assert.Equal(first.Select(b => (b.BuildingId, b.SiteId, b.EveryoneGroupId, b.BuildingName)),
            again.Select(b => (b.BuildingId, b.SiteId, b.EveryoneGroupId, b.BuildingName)));
    }
}
