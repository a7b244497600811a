using InnerSpace.Sandbox.Data;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>The documented demo building's data, read over HTTP as a client would.</summary>
public sealed class DemoDataTests : IClassFixture<SandboxFixture>
{
    // The documented v2 example, with the v1 all- group.
    private const string DemoDayQuery = """
        query {
          BUILDING_INSIGHTS(
            where: {
              DATE_PARTITION: {_eq: 20250501}, BUILDING_ID: {_eq: 71}, GRANULARITY: {_eq: "PT1H"},
              SITE_ID: {_eq: 900000222}, GROUP_ID: {_eq: "all-e707b3a8-0732-49ae-9156-13ff1138540e"}
            }
            order_by: {DATE_TIME_START: desc}
          ) {
            BUILDING_ID SITE_ID GROUP_ID GRANULARITY DATE_TIME_START DATE_PARTITION OCCUPANCY_MEAN
          }
        }
        """;

    private static readonly TimeZoneInfo Chicago = SandboxTimeZones.Load(SandboxTimeZones.Chicago);

    private readonly SandboxClient _client;

    public DemoDataTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task DemoDay_DocumentedFilters_Returns24HourlyRowsOfThatLocalDay()
    {
        using var answer = await _client.QueryAsync(DemoDayQuery);
        var rows = Json.Rows(answer);

        Assert.Equal(24, rows.Count);
        foreach (var row in rows)
        {
            var start = Json.Utc(row);
            Assert.Equal(0, start.Minute + start.Second + start.Millisecond);
            var local = TimeZoneInfo.ConvertTimeFromUtc(start, Chicago);
            Assert.Equal(new DateTime(2025, 5, 1), local.Date);
            Assert.Equal(71, row.GetProperty("BUILDING_ID").GetInt32());
            Assert.Equal(900000222L, row.GetProperty("SITE_ID").GetInt64());
            Assert.Equal(Json.DemoGroup, row.GetProperty("GROUP_ID").GetString());
            Assert.Equal("PT1H", row.GetProperty("GRANULARITY").GetString());
            Assert.Equal(20250501, row.GetProperty("DATE_PARTITION").GetInt32());
        }
    }

    [Fact]
    public async Task DemoDay_OrderedDesc_RunsFromLastHourToLocalMidnight()
    {
        using var answer = await _client.QueryAsync(DemoDayQuery);
        var starts = Json.Rows(answer).Select(row => Json.Utc(row)).ToList();

        Assert.Equal(starts.OrderByDescending(start => start), starts);
        Assert.Equal(new DateTime(2025, 5, 2, 4, 0, 0, DateTimeKind.Utc), starts[0]);
        Assert.Equal(new DateTime(2025, 5, 1, 5, 0, 0, DateTimeKind.Utc), starts[^1]);
    }

    [Fact]
    public async Task DemoDay_Timestamps_AreUtcWithMillisecondsAndZ()
    {
        using var answer = await _client.QueryAsync(DemoDayQuery);

        var texts = Json.Strings(Json.Rows(answer), "DATE_TIME_START");

        Assert.Equal("2025-05-02T04:00:00.000Z", texts[0]);
        Assert.All(texts, text => Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:00:00\.000Z$", text));
    }

    [Fact]
    public async Task DemoDay_NilUuidGroup_MatchesTheEveryoneGroup()
    {
        var query = DemoDayQuery.Replace(Json.DemoGroup, "00000000-0000-0000-0000-000000000000");

        using var answer = await _client.QueryAsync(query);
        var rows = Json.Rows(answer);

        Assert.Equal(24, rows.Count);
        Assert.All(Json.Strings(rows, "GROUP_ID"), group => Assert.Equal(Json.DemoGroup, group));
    }

    [Fact]
    public async Task DailyRow_DemoDay_EqualsTheMeanOfItsHours()
    {
        using var answer = await _client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501}, BUILDING_ID: {_eq: 71},
                GRANULARITY: {_in: ["PT1H", "P1D"]}}) {
                GRANULARITY DATE_TIME_START OCCUPANCY_MEAN } }
            """);
        var rows = Json.Rows(answer);
        var hours = rows.Where(row => Granularity(row) == "PT1H").ToList();
        var day = Assert.Single(rows, row => Granularity(row) == "P1D");

        var mean = hours.Average(row => row.GetProperty("OCCUPANCY_MEAN").GetDouble());

        Assert.Equal(24, hours.Count);
        Assert.InRange(day.GetProperty("OCCUPANCY_MEAN").GetDouble(), mean - 0.006, mean + 0.006);
        Assert.Equal("2025-05-01T05:00:00.000Z", day.GetProperty("DATE_TIME_START").GetString());
    }

    [Theory]
    [InlineData(20250309, 23, "2025-03-09T06:00:00.000Z")]
    [InlineData(20251102, 25, "2025-11-02T05:00:00.000Z")]
    [InlineData(20250115, 24, "2025-01-15T06:00:00.000Z")]
    public async Task HourlyRows_DaylightSavingDays_FollowTheLocalClock(
        int partition,
        int expectedHours,
        string expectedFirst)
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: {{{partition}}} },
                                        GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71}},
                order_by: {DATE_TIME_START: asc}) { DATE_TIME_START } }
            """);
        var starts = Json.Strings(Json.Rows(answer), "DATE_TIME_START");

        Assert.Equal(expectedHours, starts.Count);
        Assert.Equal(expectedFirst, starts[0]);
        Assert.Equal(starts.Count, starts.Distinct().Count());
    }

    [Fact]
    public async Task HourlyRows_Workday_RiseInTheMorningAndEmptyAtNight()
    {
        var byLocalHour = await LocalHourMeansAsync(20250501);

        Assert.All(Enumerable.Range(0, 6), hour => Assert.InRange(byLocalHour[hour], 0, 10));
        Assert.InRange(byLocalHour[7], 10, 150);
        Assert.InRange(byLocalHour.Values.Max(), 150, 400);
        var peakHour = byLocalHour.MaxBy(pair => pair.Value).Key;
        Assert.InRange(peakHour, 9, 15);
        Assert.True(byLocalHour[12] < byLocalHour[10], "lunch should dip below late morning");
        Assert.True(byLocalHour[19] < byLocalHour[16] / 3, "the evening should empty out");
    }

    [Theory]
    [InlineData(20250503)]
    [InlineData(20250504)]
    [InlineData(20250704)]
    [InlineData(20251225)]
    public async Task HourlyRows_WeekendOrHoliday_StayLow(int partition)
    {
        var byLocalHour = await LocalHourMeansAsync(partition);

        Assert.InRange(byLocalHour.Values.Max(), 0, 30);
    }

    [Fact]
    public async Task WholeYear_Hourly_StreamsEveryHourOf2025()
    {
        var body = SandboxClient.RequestBody("""
            { BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71}}) {
                DATE_TIME_START OCCUPANCY_MEAN } }
            """);
        var sessionId = await _client.ExchangeAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "v2/api")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Session-Id", sessionId);

        using var response =
            await _client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var answer = await System.Text.Json.JsonDocument.ParseAsync(stream);

        Assert.True(response.Headers.TransferEncodingChunked, "the answer should be streamed");
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(365 * 24, Json.Rows(answer).Count);
    }

    private static string? Granularity(System.Text.Json.JsonElement row)
    {
        return row.GetProperty("GRANULARITY").GetString();
    }

    private async Task<Dictionary<int, double>> LocalHourMeansAsync(int partition)
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: {{{partition}}} },
                                        GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71}})
                { DATE_TIME_START OCCUPANCY_MEAN } }
            """);
        return Json.Rows(answer).ToDictionary(
            row => TimeZoneInfo.ConvertTimeFromUtc(Json.Utc(row), Chicago).Hour,
            row => row.GetProperty("OCCUPANCY_MEAN").GetDouble());
    }
}
