using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>
/// The inferred roots run on the same filter, order and paging engine as BUILDING_INSIGHTS.
/// The demo building has 9 zones: desk areas 71001-71003, meeting rooms 71004-71007, a
/// kitchen (71008) and a lobby (71009).
/// </summary>
public sealed class NewRootOperatorTests : IClassFixture<SandboxFixture>
{
    private const string DemoHours =
        """{BUILDING_ID: {_eq: 71}, DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_eq: "PT1H"}}""";

    private readonly SandboxClient _client;

    public NewRootOperatorTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("{}", 9)]
    [InlineData("""{ZONE_TYPE: {_eq: "meeting_room"}}""", 4)]
    [InlineData("""{ZONE_TYPE: {_neq: "desk_area"}}""", 6)]
    [InlineData("""{ZONE_ID: {_in: [71001, 71009, 72001]}}""", 2)]
    [InlineData("""{ZONE_ID: {_nin: [71001]}}""", 8)]
    [InlineData("""{ZONE_ID: {_gt: 71007}}""", 2)]
    [InlineData("""{ZONE_ID: {_gte: 71007}}""", 3)]
    [InlineData("""{ZONE_ID: {_lt: 71002}}""", 1)]
    [InlineData("""{ZONE_ID: {_lte: 71002}}""", 2)]
    [InlineData("""{ZONE_TYPE: {_is_null: false}}""", 9)]
    [InlineData("""{ZONE_TYPE: {_is_null: true}}""", 0)]
    [InlineData("""{_or: [{ZONE_TYPE: {_eq: "kitchen"}}, {ZONE_TYPE: {_eq: "lobby"}}]}""", 2)]
    [InlineData("""{_not: {ZONE_TYPE: {_eq: "desk_area"}}}""", 6)]
    [InlineData("""{_and: [{ZONE_ID: {_gte: 71004}}, {ZONE_TYPE: {_eq: "meeting_room"}}]}""", 4)]
    [InlineData("""{OCCUPANCY_MEAN: {_lt: 0}}""", 0)]
    public async Task ZoneInsights_EachOperator_MatchesTheExpectedZones(string where, int zones)
    {
        var count = await CountAsync("ZONE_INSIGHTS", $"{{_and: [{DemoHours}, {where}]}}");

        Assert.Equal(zones * 24, count);
    }

    [Theory]
    [InlineData("{}", 4)]
    [InlineData("""{ZONE_TYPE: {_in: ["kitchen", "lobby", "atrium"]}}""", 2)]
    [InlineData("""{ZONE_TYPE: {_gt: "kitchen"}}""", 2)]
    public async Task ZoneTypeInsights_Operators_MatchTheExpectedTypes(string where, int types)
    {
        Assert.Equal(types * 24,
            await CountAsync("ZONE_TYPE_INSIGHTS", $"{{_and: [{DemoHours}, {where}]}}"));
    }

    [Theory]
    [InlineData("{}", 5)]
    [InlineData("""{COUNTRY: {_eq: "US"}}""", 2)]
    [InlineData("""{CAPACITY: {_gte: 300}}""", 3)]
    [InlineData("""{TIME_ZONE: {_in: ["Europe/London", "Europe/Berlin"]}}""", 2)]
    [InlineData("""{SITE_ID: {_eq: 900000222}, BUILDING_NAME: {_eq: "Demo Building"}}""", 1)]
    [InlineData("""{_not: {COUNTRY: {_nin: ["SG"]}}}""", 1)]
    [InlineData("""{SITE_NAME: {_is_null: true}}""", 0)]
    public async Task Buildings_Operators_MatchTheExpectedBuildings(string where, int expected)
    {
        Assert.Equal(expected, await CountAsync("BUILDINGS", where));
    }

    [Theory]
    [InlineData("{}", 5)]
    [InlineData("""{GROUP_ID: {_eq: "00000000-0000-0000-0000-000000000000"}}""", 5)]
    [InlineData("""{GROUP_ID: {_eq: "all-e707b3a8-0732-49ae-9156-13ff1138540e"}}""", 1)]
    [InlineData("""{BUILDING_ID: {_in: [73, 74]}, GROUP_NAME: {_eq: "Everyone"}}""", 2)]
    public async Task Groups_Operators_MatchTheExpectedGroups(string where, int expected)
    {
        Assert.Equal(expected, await CountAsync("GROUPS", where));
    }

    [Fact]
    public async Task Buildings_OrderByCapacityWithLimit_ReturnsTheLargest()
    {
        using var answer = await _client.QueryAsync(
            "{ BUILDINGS(order_by: {CAPACITY: desc}, limit: 2, offset: 0) { BUILDING_ID } }");

        var ids = Json.Rows(answer, "BUILDINGS")
            .Select(row => row.GetProperty("BUILDING_ID").GetInt32());

        Assert.Equal([75, 71], ids);
    }

    [Fact]
    public async Task ZoneInsights_OrderByTwoKeys_SortsZonesThenTime()
    {
        using var answer = await _client.QueryAsync($$$"""
            { ZONE_INSIGHTS(where: {{{DemoHours}}},
                order_by: [{ZONE_ID: desc}, {DATE_TIME_START: asc}], limit: 2)
              { ZONE_ID DATE_TIME_START } }
            """);
        var rows = Json.Rows(answer, "ZONE_INSIGHTS");

        Assert.All(rows, row => Assert.Equal(71009, row.GetProperty("ZONE_ID").GetInt32()));
        Assert.Equal(["2025-05-01T05:00:00.000Z", "2025-05-01T06:00:00.000Z"],
            Json.Strings(rows, "DATE_TIME_START"));
    }

    [Fact]
    public async Task Groups_IdsMatchTheInsightRows()
    {
        using var answer = await _client.QueryAsync("""
            { GROUPS(where: {BUILDING_ID: {_eq: 74}}) { GROUP_ID }
              BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 74}}, limit: 1) { GROUP_ID } }
            """);

        Assert.Equal(
            Json.Strings(Json.Rows(answer, "GROUPS"), "GROUP_ID"),
            Json.Strings(Json.Rows(answer, "BUILDING_INSIGHTS"), "GROUP_ID"));
    }

    [Fact]
    public async Task ZoneInsights_UnknownColumn_FailsValidationWithTheRootsTypeName()
    {
        using var answer = await _client.QueryAsync(
            "{ ZONE_INSIGHTS(where: {FLOOR_ID: {_eq: 1}}) { ZONE_ID } }");
        var error = Json.Error(answer);

        Assert.Equal("validation-failed", error.Code);
        Assert.Contains("ZONE_INSIGHTS_bool_exp", error.Message);
        Assert.Equal("$.selectionSet.ZONE_INSIGHTS.args.where.FLOOR_ID", error.Path);
    }

    [Fact]
    public async Task ZoneInsights_TypedVariables_UseTheRootsInputTypes()
    {
        const string query = """
            query ($w: ZONE_INSIGHTS_bool_exp!, $o: [ZONE_INSIGHTS_order_by!]) {
              ZONE_INSIGHTS(where: $w, order_by: $o, limit: 1) { ZONE_ID __typename } }
            """;
        var variables = new
        {
            w = new { BUILDING_ID = new { _eq = 72 }, DATE_PARTITION = new { _eq = 20250501 } },
            o = new[] { new { ZONE_ID = "desc" } },
        };

        using var answer = await _client.QueryAsync(query, variables);
        var row = Assert.Single(Json.Rows(answer, "ZONE_INSIGHTS"));

        Assert.Equal("ZONE_INSIGHTS", row.GetProperty("__typename").GetString());
        Assert.InRange(row.GetProperty("ZONE_ID").GetInt32(), 72001, 72099);
    }

    private async Task<int> CountAsync(string root, string where)
    {
        using var answer =
            await _client.QueryAsync($"{{ {root}(where: {where}) {{ __typename }} }}");
        return Json.Rows(answer, root).Count;
    }
}
