using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Each Hasura comparison and logical operator, counted against known data.</summary>
public sealed class FilterOperatorTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxClient _client;

    public FilterOperatorTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    // On 2025-05-01 the demo building has 24 hourly rows and 1 daily row; CountAsync looks at
    // those only, so the counts read the same whatever other buildings and granularities exist.
    [Theory]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, BUILDING_ID: {_eq: 71}}""", 25)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, BUILDING_ID: {_eq: 72}}""", 0)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_neq: "P1D"}}""", 24)]
    [InlineData("""{DATE_PARTITION: {_in: [20250501, 20250502]}, GRANULARITY: {_eq: "P1D"}}""", 2)]
    [InlineData("""{DATE_PARTITION: {_in: []}}""", 0)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_nin: ["PT1H"]}}""", 1)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_nin: []}}""", 25)]
    [InlineData("""{DATE_PARTITION: {_gt: 20250501, _lte: 20250503}, GRANULARITY: {_eq: "P1D"}}""",
        2)]
    [InlineData("""{DATE_PARTITION: {_gte: 20250501, _lt: 20250503}, GRANULARITY: {_eq: "P1D"}}""",
        2)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GROUP_ID: {_is_null: true}}""", 0)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GROUP_ID: {_is_null: false}}""", 25)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, SITE_ID: {_eq: 900000222}}""", 25)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GROUP_ID: {_eq: "another-group"}}""", 0)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {}}""", 25)]
    public async Task Where_ComparisonOperator_MatchesExpectedRowCount(string where, int expected)
    {
        Assert.Equal(expected, await CountAsync(where));
    }

    [Theory]
    [InlineData("""{_and: [{DATE_PARTITION: {_eq: 20250501}}, {GRANULARITY: {_eq: "PT1H"}}]}""",
        24)]
    [InlineData("""{_and: {DATE_PARTITION: {_eq: 20250501}}}""", 25)]
    [InlineData("""{GRANULARITY: {_eq: "P1D"}, _or: [{DATE_PARTITION: {_eq: 20250501}}, """
        + """{DATE_PARTITION: {_eq: 20250610}}]}""", 2)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, _or: []}""", 0)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, _and: []}""", 25)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, _not: {GRANULARITY: {_eq: "PT1H"}}}""", 1)]
    [InlineData("""{DATE_PARTITION: {_eq: 20250501}, _not: {_not: {GRANULARITY: {_eq: "PT1H"}}}}""",
        24)]
    public async Task Where_LogicalOperator_FollowsHasuraSemantics(string where, int expected)
    {
        Assert.Equal(expected, await CountAsync(where));
    }

    [Fact]
    public async Task Where_TimestampRange_ComparesInstantsNotText()
    {
        var count = await CountAsync("""
            {GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71},
             DATE_TIME_START: {_gte: "2025-05-01T07:00:00-05:00", _lt: "2025-05-01T15:00:00Z"}}
            """);

        Assert.Equal(3, count);
    }

    [Fact]
    public async Task Where_TimestampWithoutPartition_FindsRowsAcrossLocalMidnight()
    {
        using var answer = await _client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71},
                DATE_TIME_START: {_gte: "2025-05-02T03:00:00.000Z",
                                  _lte: "2025-05-02T06:00:00.000Z"}},
                order_by: {DATE_TIME_START: asc}) { DATE_PARTITION } }
            """);

        var partitions = Json.Rows(answer)
            .Select(row => row.GetProperty("DATE_PARTITION").GetInt32());

        Assert.Equal([20250501, 20250501, 20250502, 20250502], partitions);
    }

    [Fact]
    public async Task Where_FloatColumnWithIntLiteral_FiltersByValue()
    {
        using var answer = await _client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_eq: "PT1H"},
                BUILDING_ID: {_eq: 71}, OCCUPANCY_MEAN: {_gt: 100}}) { OCCUPANCY_MEAN } }
            """);
        var values = Json.Rows(answer)
            .Select(row => row.GetProperty("OCCUPANCY_MEAN").GetDouble())
            .ToList();

        Assert.InRange(values.Count, 3, 12);
        Assert.All(values, value => Assert.True(value > 100));
    }

    private async Task<int> CountAsync(string where)
    {
        const string DemoHoursAndDays =
            """{BUILDING_ID: {_eq: 71}, GRANULARITY: {_in: ["PT1H", "P1D"]}}""";
        using var answer = await _client.QueryAsync(
            $"{{ BUILDING_INSIGHTS(where: {{_and: [{DemoHoursAndDays}, {where}]}}) "
            + "{ BUILDING_ID } }");
        return Json.Rows(answer).Count;
    }
}
