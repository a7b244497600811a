using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// <c>ZONE_INSIGHTS</c> (name and columns inferred, CHOICES.md): the BUILDING_INSIGHTS columns
/// plus <c>ZONE_ID</c> (Int) and <c>ZONE_TYPE</c> (String), one series per zone.
/// </summary>
internal static class ZoneInsightsRoot
{
    public const string Name = "ZONE_INSIGHTS";

    public const string ZoneId = "ZONE_ID";

    public const string ZoneType = "ZONE_TYPE";

    public static RootDefinition Create(IRowSource source)
    {
        ColumnDefinition[] own =
        [
            new(ZoneId, ColumnType.Int),
            new(ZoneType, ColumnType.String),
        ];
        return new RootDefinition(Name, Name, [.. InsightColumns.Shared(), .. own], source);
    }
}
