using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InnerSpace.Client;

/// <summary>
/// Builds the <c>BUILDING_INSIGHTS</c> request for one building and one day. Only the
/// filters the caller asked for appear in the query, and every value is a variable.
/// </summary>
public sealed class BuildingInsightQuery
{
    public const string RootField = "BUILDING_INSIGHTS";

    /// <summary>The columns the API documents, in the order objects show them.</summary>
    public static readonly IReadOnlyList<InsightColumn> Columns = new[]
    {
        new InsightColumn("BUILDING_ID", "BuildingId", ColumnKind.Int32),
        new InsightColumn("SITE_ID", "SiteId", ColumnKind.Int64),
        new InsightColumn("GROUP_ID", "GroupId", ColumnKind.Text),
        new InsightColumn("GRANULARITY", "Granularity", ColumnKind.Text),
        new InsightColumn("DATE_TIME_START", "DateTimeStart", ColumnKind.Instant),
        new InsightColumn("DATE_PARTITION", "DatePartition", ColumnKind.PartitionDate),
        new InsightColumn("OCCUPANCY_MEAN", "OccupancyMean", ColumnKind.Double),
    };

    /// <summary>The ISO 8601 durations the API publishes insights at.</summary>
    public static readonly IReadOnlyList<string> Granularities =
        new[] { "PT15M", "PT1H", "P1D", "P1W", "P1M" };

    public int BuildingId { get; set; }

    /// <summary>The building's local calendar day.</summary>
    public DateTime Date { get; set; }

    public string Granularity { get; set; } = "PT1H";

    public long? SiteId { get; set; }

    public string? GroupId { get; set; }

    public GraphQLRequest ToRequest()
    {
        if (BuildingId <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(BuildingId), BuildingId,
                "A building id is a positive number.");
        }

        var variables = new Dictionary<string, object?>
        {
            ["buildingId"] = BuildingId,
            ["datePartition"] = DatePartitionOf(Date),
            ["granularity"] = Granularity,
        };
        var definitions = new List<string> { "$buildingId: Int!", "$datePartition: Int!",
            "$granularity: String!" };
        var filters = new List<string> { "BUILDING_ID: {_eq: $buildingId}",
            "DATE_PARTITION: {_eq: $datePartition}", "GRANULARITY: {_eq: $granularity}" };

        if (SiteId is not null)
        {
            variables["siteId"] = SiteId.Value;
            definitions.Add("$siteId: Int!");
            filters.Add("SITE_ID: {_eq: $siteId}");
        }

        if (GroupId is not null)
        {
            variables["groupId"] = GroupId;
            definitions.Add("$groupId: String!");
            filters.Add("GROUP_ID: {_eq: $groupId}");
        }

        var query = new StringBuilder()
            .Append("query BuildingInsights(").Append(string.Join(", ", definitions)).Append(") {\n")
            .Append("  ").Append(RootField).Append("(\n")
            .Append("    where: {").Append(string.Join(", ", filters)).Append("}\n")
            .Append("    order_by: {DATE_TIME_START: asc}\n")
            .Append("  ) {\n")
            .Append(string.Concat(Columns.Select(column => "    " + column.ApiName + "\n")))
            .Append("  }\n}\n")
            .ToString();

        return new GraphQLRequest(query, variables, "BuildingInsights");
    }

    /// <summary>The partition key of a day: 2025-05-01 becomes 20250501.</summary>
    public static int DatePartitionOf(DateTime date) =>
        int.Parse(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
