using InnerSpace.Sandbox.Ordering;
using InnerSpace.Sandbox.Schema;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>order_by with a limit keeps only the rows that can make the page.</summary>
public sealed class TopRowsTests
{
    private static readonly ColumnDefinition Key = new("KEY", ColumnType.Int) { Ordinal = 0 };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(500)]
    [InlineData(5000)]
    public void Take_AnyCount_MatchesAStableFullSort(long count)
    {
        var random = new Random(71);
        var rows = Enumerable.Range(0, 1000)
            .Select(i => new object?[] { (long)random.Next(50), (long)i })
            .ToList();
        var order = new RowComparer([new OrderTerm(Key, Descending: true, NullsFirst: true)]);

        var top = TopRows.Take(rows, order, count).ToList();
        var expected = rows.Order(order).Take((int)Math.Min(count, 1000)).ToList();

        Assert.Equal(expected.Select(row => row[1]), top.Select(row => row[1]));
    }

    [Fact]
    public async Task OrderByWithLimit_WholePortfolioYear_ReturnsTheLatestHours()
    {
        await using var client = await SandboxClient.StartAsync();

        using var answer = await client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: "PT1H"}},
                order_by: [{DATE_TIME_START: desc}, {BUILDING_ID: asc}], limit: 2, offset: 1)
              { BUILDING_ID DATE_TIME_START } }
            """);
        var rows = Json.Rows(answer);

        // Chicago's last hour (05:00Z) is the latest and is skipped by the offset; its 22:00
        // and New York's 23:00 tie at 04:00Z, and BUILDING_ID breaks the tie.
        Assert.Equal([71, 72], rows.Select(row => row.GetProperty("BUILDING_ID").GetInt32()));
        Assert.Equal(["2026-01-01T04:00:00.000Z", "2026-01-01T04:00:00.000Z"],
            Json.Strings(rows, "DATE_TIME_START"));
    }
}
