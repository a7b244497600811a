using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// <c>ZONE_TYPE_INSIGHTS</c> (name and columns inferred, CHOICES.md): the BUILDING_INSIGHTS
/// columns plus <c>ZONE_TYPE</c>; each row is the mean over the building's zones of that type.
/// </summary>
internal static class ZoneTypeInsightsRoot
{
    public const string Name = "ZONE_TYPE_INSIGHTS";

    public static RootDefinition Create(IRowSource source)
    {
        ColumnDefinition[] own = [new(ZoneInsightsRoot.ZoneType, ColumnType.String)];
        return new RootDefinition(Name, Name, [.. InsightColumns.Shared(), .. own], source);
    }
}
