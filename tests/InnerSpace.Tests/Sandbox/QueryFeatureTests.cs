using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>
/// GraphQL language features: ordering, paging, variables, operations, aliases, fragments.
/// </summary>
public sealed class QueryFeatureTests : IClassFixture<SandboxFixture>
{
    private const string DemoDay = """DATE_PARTITION: {_eq: 20250501}, BUILDING_ID: {_eq: 71}""";

    private readonly SandboxClient _client;

    public QueryFeatureTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task OrderBy_ListForm_SortsByEachKeyInTurn()
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: { {{{DemoDay}}}, GRANULARITY: {_in: ["PT1H", "P1D"]}},
                order_by: [{GRANULARITY: asc}, {DATE_TIME_START: desc}]) {
                  GRANULARITY DATE_TIME_START } }
            """);
        var rows = Json.Rows(answer);

        Assert.Equal(25, rows.Count);
        Assert.Equal("P1D", rows[0].GetProperty("GRANULARITY").GetString());
        var starts = Json.Strings(rows, "DATE_TIME_START");
        Assert.Equal("2025-05-02T04:00:00.000Z", starts[1]);
        Assert.Equal("2025-05-01T05:00:00.000Z", starts[^1]);
    }

    [Fact]
    public async Task OrderBy_Asc_SortsAscending()
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: { {{{DemoDay}}}, GRANULARITY: {_eq: "PT1H"}},
                order_by: {OCCUPANCY_MEAN: asc}) { OCCUPANCY_MEAN } }
            """);
        var values = Json.Rows(answer)
            .Select(row => row.GetProperty("OCCUPANCY_MEAN").GetDouble())
            .ToList();

        Assert.Equal(values.Order(), values);
    }

    [Fact]
    public async Task LimitOffset_OnOrderedRows_ReturnsTheRequestedWindow()
    {
        using var answer = await _client.QueryAsync($$$"""
            { BUILDING_INSIGHTS(where: { {{{DemoDay}}}, GRANULARITY: {_eq: "PT1H"}},
                order_by: {DATE_TIME_START: asc}, limit: 3, offset: 2) { DATE_TIME_START } }
            """);

        var starts = Json.Strings(Json.Rows(answer), "DATE_TIME_START");

        Assert.Equal(
            ["2025-05-01T07:00:00.000Z", "2025-05-01T08:00:00.000Z", "2025-05-01T09:00:00.000Z"],
            starts);
    }

    [Fact]
    public async Task Limit_Zero_ReturnsEmptyList()
    {
        using var answer =
            await _client.QueryAsync("{ BUILDING_INSIGHTS(limit: 0) { BUILDING_ID } }");

        Assert.Empty(Json.Rows(answer));
    }

    [Fact]
    public async Task Variables_WithDefaults_FillTheFilter()
    {
        const string query = """
            query Day($b: Int!, $g: String = "PT1H", $d: Int) {
              BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: $b}, GRANULARITY: {_eq: $g},
                DATE_PARTITION: {_eq: $d}}) { GRANULARITY }
            }
            """;

        using var answer = await _client.QueryAsync(query, new { b = 71, d = 20250501 });
        var rows = Json.Rows(answer);

        Assert.Equal(24, rows.Count);
        Assert.All(Json.Strings(rows, "GRANULARITY"), g => Assert.Equal("PT1H", g));
    }

    [Fact]
    public async Task Variables_OptionalLeftOut_DropsThatCondition()
    {
        const string query = """
            query ($d: Int, $n: Int = 30) {
              BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: $d}}, limit: $n) { DATE_PARTITION }
            }
            """;

        using var answer = await _client.QueryAsync(query);

        Assert.Equal(30, Json.Rows(answer).Count);
    }

    [Fact]
    public async Task Variables_InputObjectTypes_AcceptJsonWhereAndOrderBy()
    {
        const string query = """
            query ($w: BUILDING_INSIGHTS_bool_exp!, $o: [BUILDING_INSIGHTS_order_by!],
                   $ids: [Int!]) {
              BUILDING_INSIGHTS(where: {_and: [$w, {BUILDING_ID: {_in: $ids}}]}, order_by: $o) {
                DATE_TIME_START }
            }
            """;
        var variables = new
        {
            w = new { DATE_PARTITION = new { _eq = 20250501 }, GRANULARITY = new { _eq = "PT1H" } },
            o = new[] { new { DATE_TIME_START = "desc" } },
            ids = new[] { 71 },
        };

        using var answer = await _client.QueryAsync(query, variables);
        var starts = Json.Strings(Json.Rows(answer), "DATE_TIME_START");

        Assert.Equal(24, starts.Count);
        Assert.Equal("2025-05-02T04:00:00.000Z", starts[0]);
    }

    [Fact]
    public async Task OperationName_SeveralOperations_RunsTheNamedOne()
    {
        const string query = """
            query One { BUILDING_INSIGHTS(limit: 1) { BUILDING_ID } }
            query Two { BUILDING_INSIGHTS(limit: 2) { BUILDING_ID } }
            """;

        using var answer = await _client.QueryAsync(query, operationName: "Two");

        Assert.Equal(2, Json.Rows(answer).Count);
    }

    [Fact]
    public async Task Aliases_SameFieldTwice_WritesEachKeyInSelectionOrder()
    {
        using var answer = await _client.QueryAsync($$$"""
            { day: BUILDING_INSIGHTS(where: { {{{DemoDay}}}, GRANULARITY: {_eq: "P1D"}}) {
                start: DATE_TIME_START id: BUILDING_ID again: BUILDING_ID __typename }
              __typename }
            """);

        var row = Assert.Single(Json.Rows(answer, "day"));
        var names = row.EnumerateObject().Select(member => member.Name);

        Assert.Equal(["start", "id", "again", "__typename"], names);
        Assert.Equal(71, row.GetProperty("again").GetInt32());
        Assert.Equal("BUILDING_INSIGHTS", row.GetProperty("__typename").GetString());
        Assert.Equal("query_root",
            answer.RootElement.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task Fragments_NamedAndInline_ExpandInPlace()
    {
        using var answer = await _client.QueryAsync($$$"""
            query {
              BUILDING_INSIGHTS(where: { {{{DemoDay}}}, GRANULARITY: {_eq: "P1D"}}) {
                ...Ids
                ... on BUILDING_INSIGHTS { GRANULARITY }
                ... { mean: OCCUPANCY_MEAN }
              }
            }
            fragment Ids on BUILDING_INSIGHTS { BUILDING_ID ...Site }
            fragment Site on BUILDING_INSIGHTS { SITE_ID BUILDING_ID }
            """);

        var row = Assert.Single(Json.Rows(answer));
        var names = row.EnumerateObject().Select(member => member.Name);

        Assert.Equal(["BUILDING_ID", "SITE_ID", "GRANULARITY", "mean"], names);
    }

    [Fact]
    public async Task Directives_SkipAndInclude_FollowTheirVariables()
    {
        const string query = """
            query ($full: Boolean!) {
              BUILDING_INSIGHTS(limit: 1) { BUILDING_ID SITE_ID @include(if: $full)
                GROUP_ID @skip(if: true) }
            }
            """;

        using var brief = await _client.QueryAsync(query, new { full = false });
        using var full = await _client.QueryAsync(query, new { full = true });

        Assert.Equal(["BUILDING_ID"], Names(brief));
        Assert.Equal(["BUILDING_ID", "SITE_ID"], Names(full));
    }

    [Fact]
    public async Task SiteId_LargeValue_IsWrittenAsABareNumber()
    {
        using var answer = await _client.QueryAsync("{ BUILDING_INSIGHTS(limit: 1) { SITE_ID } }");

        Assert.Contains("\"SITE_ID\":900000222}", answer.RootElement.GetRawText());
    }

    private static IEnumerable<string> Names(System.Text.Json.JsonDocument answer)
    {
        return Assert.Single(Json.Rows(answer)).EnumerateObject().Select(member => member.Name);
    }
}
