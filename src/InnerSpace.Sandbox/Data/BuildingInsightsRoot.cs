using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The declaration of <c>BUILDING_INSIGHTS</c>: the seven documented columns. Their GraphQL
/// types are inferred from the examples (CHOICES.md). Another root is added the same way.
/// </summary>
internal static class BuildingInsightsRoot
{
    public const string Name = "BUILDING_INSIGHTS";

    public const string BuildingId = "BUILDING_ID";

    public const string SiteId = "SITE_ID";

    public const string GroupId = "GROUP_ID";

    public const string Granularity = "GRANULARITY";

    public const string DateTimeStart = "DATE_TIME_START";

    public const string DatePartition = "DATE_PARTITION";

    public const string OccupancyMean = "OCCUPANCY_MEAN";

    public static RootDefinition Create(IRowSource source)
    {
        // Hasura names a table's object type after the table, so the type name is the root's.
        return new RootDefinition(Name, Name,
        [
            new ColumnDefinition(BuildingId, ColumnType.Int),
            new ColumnDefinition(SiteId, ColumnType.Int),
            new ColumnDefinition(GroupId, ColumnType.String, GroupIds.AreEquivalent),
            new ColumnDefinition(Granularity, ColumnType.String),
            new ColumnDefinition(DateTimeStart, ColumnType.Timestamp),
            new ColumnDefinition(DatePartition, ColumnType.Int),
            new ColumnDefinition(OccupancyMean, ColumnType.Float),
        ], source);
    }

    /// <summary>A row's cells, in the order the columns are declared above.</summary>
    public static object?[] Row(
        DemoBuilding building,
        string granularity,
        DateTime startUtc,
        long partition,
        double mean)
    {
        return
        [
            building.BuildingId,
            building.SiteId,
            building.EveryoneGroupId,
            granularity,
            startUtc,
            partition,
            mean,
        ];
    }
}
