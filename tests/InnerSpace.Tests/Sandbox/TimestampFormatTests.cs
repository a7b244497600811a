using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>--timestamp-format: how DATE_TIME_START is written and how filters read it.</summary>
public sealed class TimestampFormatTests
{
    [Theory]
    [InlineData("utc", "2025-05-01T05:00:00.000Z")]
    [InlineData("offset", "2025-05-01T00:00:00.000-05:00")]
    [InlineData("local", "2025-05-01T00:00:00.000")]
    public async Task DemoDay_EachFormat_WritesTheFirstHourAsDocumented(
        string format,
        string expected)
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", format);

        var starts = await StartsAsync(client, 71, 20250501);

        Assert.Equal(24, starts.Count);
        Assert.Equal(expected, starts[0]);
    }

    [Fact]
    public async Task Offset_FallBackDay_ShowsTheRepeatedHourWithBothOffsets()
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", "offset");

        var starts = await StartsAsync(client, 71, 20251102);

        Assert.Equal(25, starts.Count);
        Assert.Equal("2025-11-02T00:00:00.000-05:00", starts[0]);
        Assert.Equal("2025-11-02T01:00:00.000-05:00", starts[1]);
        Assert.Equal("2025-11-02T01:00:00.000-06:00", starts[2]);
        Assert.Equal("2025-11-02T23:00:00.000-06:00", starts[^1]);
    }

    [Fact]
    public async Task Local_SpringForwardDay_SkipsTheMissingHour()
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", "local");

        var starts = await StartsAsync(client, 73, 20250330);

        Assert.Equal(23, starts.Count);
        Assert.Equal("2025-03-30T00:00:00.000", starts[0]);
        Assert.Equal("2025-03-30T02:00:00.000", starts[1]);
    }

    [Fact]
    public async Task Local_FilterWithoutOffset_MeansEachBuildingsOwnClock()
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", "local");

        using var answer = await client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_eq: "PT1H"},
                DATE_TIME_START: {_gte: "2025-05-01T09:00:00", _lt: "2025-05-01T12:00"}})
              { BUILDING_ID DATE_TIME_START } }
            """);
        var rows = Json.Rows(answer);

        Assert.Equal(5 * 3, rows.Count);
        Assert.All(Json.Strings(rows, "DATE_TIME_START"),
            start => Assert.Matches(@"^2025-05-01T(09|10|11):00:00\.000$", start));
    }

    [Fact]
    public async Task Local_FilterWithOffset_StillMeansAnInstant()
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", "local");

        using var answer = await client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: "PT1H"},
                DATE_TIME_START: {_eq: "2025-05-01T14:00:00Z"}}) { BUILDING_ID DATE_TIME_START } }
            """);
        var starts = Json.Rows(answer).ToDictionary(
            row => row.GetProperty("BUILDING_ID").GetInt32(),
            row => row.GetProperty("DATE_TIME_START").GetString());

        Assert.Equal("2025-05-01T09:00:00.000", starts[71]);
        Assert.Equal("2025-05-01T15:00:00.000", starts[73]);
        Assert.Equal("2025-05-01T22:00:00.000", starts[75]);
    }

    [Fact]
    public async Task Offset_FilterWithoutOffset_IsReadAsUtc()
    {
        await using var client = await SandboxClient.StartAsync("--timestamp-format", "offset");

        using var answer = await client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 71}, GRANULARITY: {_eq: "PT1H"},
                DATE_TIME_START: {_eq: "2025-05-01T05:00:00"}}) { DATE_TIME_START } }
            """);

        var start = Assert.Single(Json.Strings(Json.Rows(answer), "DATE_TIME_START"));
        Assert.Equal("2025-05-01T00:00:00.000-05:00", start);
    }

    private static async Task<List<string>> StartsAsync(
        SandboxClient client,
        int building,
        int partition)
    {
        using var answer = await client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: {{{building}}}},
                DATE_PARTITION: {_eq: {{{partition}}}}, GRANULARITY: {_eq: "PT1H"}})
              { DATE_TIME_START } }
            """);
        return Json.Strings(Json.Rows(answer), "DATE_TIME_START");
    }
}
