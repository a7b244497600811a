using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>Assembles the schema the sandbox serves; new roots are declared here.</summary>
internal static class DemoSchema
{
    public static SandboxSchema Create(int seed)
    {
        var catalog = DemoCatalog.CreateDefault();
        var model = new OccupancyModel(seed);
        return new SandboxSchema(
        [
            BuildingInsightsRoot.Create(new BuildingInsightsSource(catalog, model)),
        ]);
    }
}
