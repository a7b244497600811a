using InnerSpace.Sandbox.Filtering;

namespace InnerSpace.Sandbox.Data;

/// <summary>The push-down checks every root shares: which buildings and granularities.</summary>
internal static class BuildingFilter
{
    public static IEnumerable<DemoBuilding> Admitted(
        DemoCatalog catalog,
        RowConstraints constraints)
    {
        return catalog.Buildings.Where(building =>
            constraints.Admits(InsightColumns.BuildingId, building.BuildingId)
            && constraints.Admits(InsightColumns.SiteId, building.SiteId));
    }

    public static IEnumerable<string> Granularities(RowConstraints constraints)
    {
        return Granularity.All.Where(
            granularity => constraints.Admits(InsightColumns.Granularity, granularity));
    }
}
