using InnerSpace.Sandbox.Schema;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>
/// The granularities agree: an hour is the mean of its quarters, a day of its hours, a week
/// and a month of their days, each rounded to 2 decimals.
/// </summary>
public sealed class AggregateTests
{
    // Rounding each level to 2 decimals leaves at most half a hundredth between levels.
    private const double Tolerance = 0.0051;

    private static readonly SandboxSchema Schema = SchemaQuery.Schema(buildings: 6);

    [Theory]
    [InlineData(71, 20250501)]
    [InlineData(76, 20250404)]
    public void Hours_AreTheMeanOfTheirQuarters(int building, int partition)
    {
        var quarters = Means(building, "PT15M", $"DATE_PARTITION: {{_eq: {partition}}}");
        var hours = Means(building, "PT1H", $"DATE_PARTITION: {{_eq: {partition}}}");

        Assert.Equal(quarters.Count, hours.Count * 4);
        for (var i = 0; i < hours.Count; i++)
        {
            var mean = quarters.GetRange(i * 4, 4).Average();
            Assert.InRange(hours[i], mean - Tolerance, mean + Tolerance);
        }
    }

    [Fact]
    public void Quarters_FollowTheMorningRise()
    {
        var quarters = Means(71, "PT15M", "DATE_PARTITION: {_eq: 20250501}");

        // 08:00 to 09:00 local is the steepest part of arrival.
        var eight = quarters.GetRange(8 * 4, 4);

        Assert.True(eight[3] > eight[0], string.Join(", ", eight));
    }

    [Fact]
    public void Days_AreTheMeanOfTheirHours()
    {
        var hours = Means(74, "PT1H", "DATE_PARTITION: {_gte: 20250301, _lte: 20250331}");
        var days = Means(74, "P1D", "DATE_PARTITION: {_gte: 20250301, _lte: 20250331}");

        // Berlin's 2025-03-30 has 23 hours; the rest have 24.
        Assert.Equal((30 * 24) + 23, hours.Count);
        var offset = 0;
        for (var d = 0; d < days.Count; d++)
        {
            var length = d == 29 ? 23 : 24;
            var mean = hours.GetRange(offset, length).Average();
            Assert.InRange(days[d], mean - Tolerance, mean + Tolerance);
            offset += length;
        }
    }

    [Fact]
    public void Week_IsTheMeanOfItsDays_AndStartsMondayLocalMidnight()
    {
        var week = Assert.Single(SchemaQuery.Run(Schema, Query(71, "P1W",
            "DATE_PARTITION: {_eq: 20250505}", "DATE_TIME_START DATE_PARTITION OCCUPANCY_MEAN")));
        var days = Means(71, "P1D", "DATE_PARTITION: {_gte: 20250505, _lte: 20250511}");
        var start = (DateTimeOffset)week["DATE_TIME_START"]!;

        Assert.Equal(7, days.Count);
        Assert.InRange((double)week["OCCUPANCY_MEAN"]!, days.Average() - Tolerance,
            days.Average() + Tolerance);
        Assert.Equal(new DateTimeOffset(2025, 5, 5, 0, 0, 0, TimeSpan.FromHours(-5)), start);
        Assert.Equal(DayOfWeek.Monday, start.DayOfWeek);
        Assert.Equal(20250505L, week["DATE_PARTITION"]);
    }

    [Fact]
    public void Month_IsTheMeanOfItsDays_AndStartsOnThe1st()
    {
        var month = Assert.Single(SchemaQuery.Run(Schema, Query(75, "P1M",
            "DATE_PARTITION: {_eq: 20250201}", "DATE_TIME_START OCCUPANCY_MEAN")));
        var days = Means(75, "P1D", "DATE_PARTITION: {_gte: 20250201, _lte: 20250228}");

        Assert.Equal(28, days.Count);
        Assert.InRange((double)month["OCCUPANCY_MEAN"]!, days.Average() - Tolerance,
            days.Average() + Tolerance);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.FromHours(8)),
            (DateTimeOffset)month["DATE_TIME_START"]!);
    }

    [Fact]
    public void WeeksAndMonths_OnlyWholePeriodsInsideTheRangeAreServed()
    {
        var january = SchemaQuery.Schema(buildings: 1, from: "2025-01-01", to: "2025-01-31");
        var midMonth = SchemaQuery.Schema(buildings: 1, from: "2025-01-15", to: "2025-02-20");

        var weeks = Partitions(january, "P1W");
        var months = Partitions(january, "P1M");

        Assert.Equal([20250106L, 20250113, 20250120], weeks);
        Assert.Equal([20250101L], months);
        Assert.Empty(Partitions(midMonth, "P1M"));
        Assert.Equal(20250115L, Partitions(midMonth, "P1D")[0]);
    }

    [Theory]
    [InlineData(71, 20250309, 92)]
    [InlineData(71, 20251102, 100)]
    [InlineData(73, 20250330, 92)]
    [InlineData(76, 20250406, 100)]
    [InlineData(76, 20251005, 92)]
    [InlineData(75, 20250309, 96)]
    public void Quarters_DaylightSavingDays_FollowTheLocalClock(
        int building,
        int partition,
        int expected)
    {
        var quarters = Means(building, "PT15M", $"DATE_PARTITION: {{_eq: {partition}}}");

        Assert.Equal(expected, quarters.Count);
    }

    [Fact]
    public void Values_StayBetweenZeroAndCapacity()
    {
        var values = Means(72, "PT15M", "DATE_PARTITION: {_gte: 20250601, _lte: 20250607}");

        Assert.All(values, value => Assert.InRange(value, 0, 220));
        Assert.All(values, value => Assert.Equal(Math.Round(value, 2), value));
    }

    private static List<double> Means(int building, string granularity, string where)
    {
        return SchemaQuery.Run(Schema, Query(building, granularity, where, "OCCUPANCY_MEAN"))
            .Select(row => (double)row["OCCUPANCY_MEAN"]!)
            .ToList();
    }

    private static List<long> Partitions(SandboxSchema schema, string granularity)
    {
        return SchemaQuery.Run(schema, Query(71, granularity, "", "DATE_PARTITION"))
            .Select(row => (long)row["DATE_PARTITION"]!)
            .ToList();
    }

    private static string Query(int building, string granularity, string where, string columns)
    {
        return $$"""
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: {{building}}},
                GRANULARITY: {_eq: "{{granularity}}"}, {{where}} }) { {{columns}} } }
            """;
    }
}
