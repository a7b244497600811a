using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Every documented granularity is served over HTTP, in a stable default order.</summary>
public sealed class GranularityTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxClient _client;

    public GranularityTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("PT15M", 96)]
    [InlineData("PT1H", 24)]
    [InlineData("P1D", 1)]
    [InlineData("P1M", 1)]
    public async Task DemoDay_EachGranularity_HasItsBucketCount(string granularity, int expected)
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 71}, DATE_PARTITION: {_eq: 20250501},
                GRANULARITY: {_eq: "{{{granularity}}}"}}) { GRANULARITY } }
            """);

        Assert.Equal(expected, Json.Rows(answer).Count);
    }

    [Fact]
    public async Task Weeks_Year2025_Start51MondaysAtLocalMidnight()
    {
        using var answer = await _client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 71}, GRANULARITY: {_eq: "P1W"}})
              { DATE_PARTITION DATE_TIME_START } }
            """);
        var rows = Json.Rows(answer);

        Assert.Equal(51, rows.Count);
        Assert.Equal(20250106, rows[0].GetProperty("DATE_PARTITION").GetInt32());
        var first = rows[0].GetProperty("DATE_TIME_START").GetString();
        Assert.Equal("2025-01-06T06:00:00.000Z", first);
        Assert.All(rows, row => Assert.Equal(DayOfWeek.Monday,
            DateTime.ParseExact(row.GetProperty("DATE_PARTITION").GetInt32().ToString(),
                "yyyyMMdd", null).DayOfWeek));
    }

    [Fact]
    public async Task NoOrderBy_RowsComeByBuildingThenFinestGranularityFirst()
    {
        using var answer = await _client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501}}) {
                BUILDING_ID GRANULARITY } }
            """);
        var keys = Json.Rows(answer)
            .Select(row => $"{row.GetProperty("BUILDING_ID")} {row.GetProperty("GRANULARITY")}")
            .Distinct()
            .ToList();

        Assert.Equal(5 * 4, keys.Count);
        Assert.Equal(["71 PT15M", "71 PT1H", "71 P1D", "71 P1M", "72 PT15M"], keys.Take(5));
    }
}
