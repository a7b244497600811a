namespace InnerSpace.Client;

/// <summary>
/// The insight roots the module knows, with the columns each is known to have. The v2
/// reference documents only BUILDING_INSIGHTS' sample query; column types are inferred
/// from it (ids and partitions bare integers, group and granularity quoted strings).
/// </summary>
public static class InsightRoots
{
    public static readonly InsightRoot BuildingInsights = new(
        "BUILDING_INSIGHTS",
        "InnerSpace.BuildingInsight",
        new[]
        {
            new InsightColumn("BUILDING_ID", "BuildingId", ColumnKind.Int32),
            new InsightColumn("SITE_ID", "SiteId", ColumnKind.Int64),
            new InsightColumn("GROUP_ID", "GroupId", ColumnKind.Text),
            new InsightColumn("GRANULARITY", "Granularity", ColumnKind.Text),
            new InsightColumn("DATE_TIME_START", "DateTimeStart", ColumnKind.Instant),
            new InsightColumn("DATE_PARTITION", "DatePartition", ColumnKind.PartitionDate),
            new InsightColumn("OCCUPANCY_MEAN", "OccupancyMean", ColumnKind.Double),
        });
}
