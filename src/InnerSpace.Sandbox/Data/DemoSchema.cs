using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>Assembles the schema the sandbox serves; new roots are declared here.</summary>
internal static class DemoSchema
{
    /// <summary>The default portfolio (five buildings, all of 2025), timestamps in UTC.</summary>
    public static SandboxSchema Create(int seed)
    {
        return Create(DemoCatalog.CreateDefault(), seed, TimestampFormat.Utc);
    }

    public static SandboxSchema Create(
        DemoCatalog catalog,
        int seed,
        TimestampFormat timestampFormat)
    {
        var model = new OccupancyModel(seed);
        var zones = new ZoneModel(model, seed);
        return new SandboxSchema(
        [
            BuildingInsightsRoot.Create(new BuildingInsightsSource(catalog, model)),
            ZoneInsightsRoot.Create(new ZoneInsightsSource(catalog, zones)),
            ZoneTypeInsightsRoot.Create(new ZoneTypeInsightsSource(catalog, zones)),
            BuildingsRoot.Create(catalog),
            GroupsRoot.Create(catalog),
        ], timestampFormat);
    }
}
