using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The seven columns of the documented BUILDING_INSIGHTS example, which the other insight
/// roots share (inferred, CHOICES.md). They open every insight row, in this order; a root's
/// own columns follow them.
/// </summary>
internal static class InsightColumns
{
    public const string BuildingId = "BUILDING_ID";

    public const string SiteId = "SITE_ID";

    public const string GroupId = "GROUP_ID";

    public const string Granularity = "GRANULARITY";

    public const string DateTimeStart = "DATE_TIME_START";

    public const string DatePartition = "DATE_PARTITION";

    public const string OccupancyMean = "OCCUPANCY_MEAN";

    public const int Count = 7;

    public static IEnumerable<ColumnDefinition> Shared()
    {
        return
        [
            new ColumnDefinition(BuildingId, ColumnType.Int),
            new ColumnDefinition(SiteId, ColumnType.Int),
            new ColumnDefinition(GroupId, ColumnType.String, GroupIds.AreEquivalent),
            new ColumnDefinition(Granularity, ColumnType.String),
            new ColumnDefinition(DateTimeStart, ColumnType.Timestamp),
            new ColumnDefinition(DatePartition, ColumnType.Int),
            new ColumnDefinition(OccupancyMean, ColumnType.Float),
        ];
    }

    /// <summary>
    /// A row with the shared cells filled in and <paramref name="extra"/> empty cells after
    /// them for the root's own columns. The start is stamped with the building's local offset.
    /// </summary>
    public static object?[] Row(
        DemoBuilding building,
        string granularity,
        DateTime startUtc,
        long partition,
        double mean,
        int extra = 0)
    {
        var row = new object?[Count + extra];
        row[0] = building.BuildingId;
        row[1] = building.SiteId;
        row[2] = building.EveryoneGroupId;
        row[3] = granularity;
        row[4] = LocalCalendar.Instant(startUtc, building.TimeZone);
        row[5] = partition;
        row[6] = mean;
        return row;
    }
}
