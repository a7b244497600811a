using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.Schema;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Zone values add up to their building and agree across granularities.</summary>
public sealed class ZoneDataTests
{
    private static readonly SandboxSchema Schema = SchemaQuery.Schema();

    [Theory]
    [InlineData(71)]
    [InlineData(75)]
    public void ZoneHours_AddUpToMostOfTheBuildingAndNeverMore(int building)
    {
        var total = Values("BUILDING_INSIGHTS", building, "PT1H", "");
        var zones = SchemaQuery.Run(Schema, Query("ZONE_INSIGHTS", building, "PT1H", "",
                "DATE_TIME_START OCCUPANCY_MEAN"))
            .GroupBy(row => (DateTimeOffset)row["DATE_TIME_START"]!)
            .Select(hour => hour.Sum(row => (double)row["OCCUPANCY_MEAN"]!))
            .ToList();

        Assert.Equal(total.Count, zones.Count);
        for (var i = 0; i < total.Count; i++)
        {
            Assert.InRange(zones[i], (0.75 * total[i]) - 0.05, (0.9 * total[i]) + 0.05);
        }
    }

    [Fact]
    public void Zones_NeverHoldMoreThanTheirSeats()
    {
        var seats = DemoCatalog.CreateDefault().Buildings[0].Zones
            .ToDictionary(zone => zone.ZoneId, zone => (double)zone.Capacity);

        var rows = SchemaQuery.Run(Schema, Query("ZONE_INSIGHTS", 71, "PT15M", "",
            "ZONE_ID OCCUPANCY_MEAN"));

        Assert.Equal(96 * 9, rows.Count);
        Assert.All(rows, row => Assert.InRange(
            (double)row["OCCUPANCY_MEAN"]!, 0, seats[(long)row["ZONE_ID"]!]));
    }

    [Fact]
    public void Kitchen_PeaksAtLunch()
    {
        var kitchen = Values("ZONE_INSIGHTS", 71, "PT1H", """ZONE_TYPE: {_eq: "kitchen"}""");

        Assert.InRange(kitchen.IndexOf(kitchen.Max()), 12, 13);
    }

    [Fact]
    public void ZoneType_IsTheMeanOfItsZones()
    {
        var rooms = SchemaQuery.Run(Schema, Query("ZONE_INSIGHTS", 71, "PT1H",
                """ZONE_TYPE: {_eq: "meeting_room"}""", "DATE_TIME_START OCCUPANCY_MEAN"))
            .GroupBy(row => (DateTimeOffset)row["DATE_TIME_START"]!)
            .Select(hour => hour.Average(row => (double)row["OCCUPANCY_MEAN"]!))
            .ToList();
        var type = Values("ZONE_TYPE_INSIGHTS", 71, "PT1H", """ZONE_TYPE: {_eq: "meeting_room"}""");

        Assert.Equal(24, type.Count);
        for (var i = 0; i < type.Count; i++)
        {
            Assert.InRange(type[i], rooms[i] - 0.011, rooms[i] + 0.011);
        }
    }

    [Theory]
    [InlineData("ZONE_INSIGHTS", """ZONE_ID: {_eq: 71004}""")]
    [InlineData("ZONE_TYPE_INSIGHTS", """ZONE_TYPE: {_eq: "desk_area"}""")]
    public void ZoneDay_IsTheMeanOfItsHours(string root, string where)
    {
        var hours = Values(root, 71, "PT1H", where);
        var day = Assert.Single(Values(root, 71, "P1D", where));

        Assert.InRange(day, hours.Average() - 0.0051, hours.Average() + 0.0051);
    }

    [Fact]
    public void ZoneMonth_IsTheMeanOfItsDays()
    {
        const string Where = """ZONE_ID: {_eq: 71008}""";
        var days = SchemaQuery.Run(Schema, """
                { ZONE_INSIGHTS(where: {ZONE_ID: {_eq: 71008}, GRANULARITY: {_eq: "P1D"},
                    DATE_PARTITION: {_gte: 20250501, _lte: 20250531}}) { OCCUPANCY_MEAN } }
                """)
            .Select(row => (double)row["OCCUPANCY_MEAN"]!)
            .ToList();
        var month = Assert.Single(Values("ZONE_INSIGHTS", 71, "P1M", Where));

        Assert.Equal(31, days.Count);
        Assert.InRange(month, days.Average() - 0.0051, days.Average() + 0.0051);
    }

    private static List<double> Values(string root, int building, string granularity, string where)
    {
        return SchemaQuery.Run(Schema, Query(root, building, granularity, where, "OCCUPANCY_MEAN"))
            .Select(row => (double)row["OCCUPANCY_MEAN"]!)
            .ToList();
    }

    private static string Query(
        string root,
        int building,
        string granularity,
        string where,
        string columns)
    {
        return $$"""
            { {{root}}(where: {BUILDING_ID: {_eq: {{building}}}, DATE_PARTITION: {_eq: 20250501},
                GRANULARITY: {_eq: "{{granularity}}"}, {{where}} }) { {{columns}} } }
            """;
    }
}
