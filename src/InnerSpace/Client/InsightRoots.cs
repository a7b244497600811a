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
        typeof(BuildingInsight),
        () => new BuildingInsight(),
        new[]
        {
            new InsightColumn("BUILDING_ID", "BuildingId", ColumnKind.Int32,
                (row, value) => ((BuildingInsight)row).BuildingId = (int?)value),
            new InsightColumn("SITE_ID", "SiteId", ColumnKind.Int64,
                (row, value) => ((BuildingInsight)row).SiteId = (long?)value),
            new InsightColumn("GROUP_ID", "GroupId", ColumnKind.Text,
                (row, value) => ((BuildingInsight)row).GroupId = (string?)value),
            new InsightColumn("GRANULARITY", "Granularity", ColumnKind.Text,
                (row, value) => ((BuildingInsight)row).Granularity = (string?)value),
            new InsightColumn("DATE_TIME_START", "DateTimeStart", ColumnKind.Instant,
                (row, value) => ((BuildingInsight)row).DateTimeStart = (System.DateTimeOffset?)value),
            new InsightColumn("DATE_PARTITION", "DatePartition", ColumnKind.PartitionDate,
                (row, value) => ((BuildingInsight)row).DatePartition = (System.DateTime?)value),
            new InsightColumn("OCCUPANCY_MEAN", "OccupancyMean", ColumnKind.Double,
                (row, value) => ((BuildingInsight)row).OccupancyMean = (double?)value),
        });
}
