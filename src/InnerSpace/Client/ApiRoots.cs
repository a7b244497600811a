using System;
using System.Collections.Generic;
using System.Linq;

namespace InnerSpace.Client;

/// <summary>
/// The roots the module knows, with the columns each is known to have. The v2 reference
/// documents only BUILDING_INSIGHTS' sample query; the other roots' names and every
/// column type are inferred (ids and partitions bare integers, group and granularity
/// quoted strings) and kept here, in one place, so a correction is a one-line change.
/// Names a user asks for with -Property that are not declared here still go to the server.
/// </summary>
public static class ApiRoots
{
    public static readonly ApiRoot BuildingInsights = new(
        "BUILDING_INSIGHTS",
        typeof(BuildingInsight),
        () => new BuildingInsight(),
        new[] { "DATE_TIME_START" },
        SharedInsightColumns().ToArray());

    public static readonly ApiRoot ZoneInsights = new(
        "ZONE_INSIGHTS",
        typeof(ZoneInsight),
        () => new ZoneInsight(),
        new[] { "DATE_TIME_START", "ZONE_ID" },
        new[]
        {
            Column<ZoneInsight>("ZONE_ID", "ZoneId", ColumnKind.Int32,
                (row, value) => row.ZoneId = (int?)value),
            Column<ZoneInsight>("ZONE_TYPE", "ZoneType", ColumnKind.Text,
                (row, value) => row.ZoneType = (string?)value),
        }.Concat(SharedInsightColumns()).ToArray());

    public static readonly ApiRoot ZoneTypeInsights = new(
        "ZONE_TYPE_INSIGHTS",
        typeof(ZoneTypeInsight),
        () => new ZoneTypeInsight(),
        new[] { "DATE_TIME_START", "ZONE_TYPE" },
        new[]
        {
            Column<ZoneTypeInsight>("ZONE_TYPE", "ZoneType", ColumnKind.Text,
                (row, value) => row.ZoneType = (string?)value),
        }.Concat(SharedInsightColumns()).ToArray());

    public static readonly ApiRoot Buildings = new(
        "BUILDINGS",
        typeof(Building),
        () => new Building(),
        new[] { "BUILDING_ID" },
        new[]
        {
            Column<Building>("BUILDING_ID", "BuildingId", ColumnKind.Int32,
                (row, value) => row.BuildingId = (int?)value),
            Column<Building>("BUILDING_NAME", "BuildingName", ColumnKind.Text,
                (row, value) => row.BuildingName = (string?)value),
            Column<Building>("SITE_ID", "SiteId", ColumnKind.Int64,
                (row, value) => row.SiteId = (long?)value),
            Column<Building>("SITE_NAME", "SiteName", ColumnKind.Text,
                (row, value) => row.SiteName = (string?)value),
            Column<Building>("TIME_ZONE", "TimeZone", ColumnKind.Text,
                (row, value) => row.TimeZone = (string?)value),
            Column<Building>("CAPACITY", "Capacity", ColumnKind.Int32,
                (row, value) => row.Capacity = (int?)value),
            Column<Building>("COUNTRY", "Country", ColumnKind.Text,
                (row, value) => row.Country = (string?)value),
        });

    public static readonly ApiRoot Groups = new(
        "GROUPS",
        typeof(Group),
        () => new Group(),
        new[] { "BUILDING_ID", "GROUP_ID" },
        new[]
        {
            Column<Group>("GROUP_ID", "GroupId", ColumnKind.Text,
                (row, value) => row.GroupId = (string?)value),
            Column<Group>("GROUP_NAME", "GroupName", ColumnKind.Text,
                (row, value) => row.GroupName = (string?)value),
            Column<Group>("BUILDING_ID", "BuildingId", ColumnKind.Int32,
                (row, value) => row.BuildingId = (int?)value),
        });

    // The columns of BUILDING_INSIGHTS, which the zone roots share.
    private static IEnumerable<ApiColumn> SharedInsightColumns()
    {
        yield return Column<InsightRow>("BUILDING_ID", "BuildingId", ColumnKind.Int32,
            (row, value) => row.BuildingId = (int?)value);
        yield return Column<InsightRow>("SITE_ID", "SiteId", ColumnKind.Int64,
            (row, value) => row.SiteId = (long?)value);
        yield return Column<InsightRow>("GROUP_ID", "GroupId", ColumnKind.Text,
            (row, value) => row.GroupId = (string?)value);
        yield return Column<InsightRow>("GRANULARITY", "Granularity", ColumnKind.Text,
            (row, value) => row.Granularity = (string?)value);
        yield return Column<InsightRow>("DATE_TIME_START", "DateTimeStart", ColumnKind.Instant,
            (row, value) => row.DateTimeStart = (DateTimeOffset?)value);
        yield return Column<InsightRow>("DATE_PARTITION", "DatePartition", ColumnKind.PartitionDate,
            (row, value) => row.DatePartition = (DateTime?)value);
        yield return Column<InsightRow>("OCCUPANCY_MEAN", "OccupancyMean", ColumnKind.Double,
            (row, value) => row.OccupancyMean = (double?)value);
    }

    private static ApiColumn Column<TRow>(
        string apiName,
        string propertyName,
        ColumnKind kind,
        Action<TRow, object?> assign) =>
        new(apiName, propertyName, kind, (row, value) => assign((TRow)row, value));
}
