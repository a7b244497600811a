using System.Net;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Bad queries: Hasura's envelope, the right code, the culprit named, no 500.</summary>
public sealed class QueryErrorTests : IClassFixture<SandboxFixture>
{
    private const string ByBuilding =
        "query ($b: Int!) { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: $b}}) { SITE_ID } }";

    private const string ByBuildingAsText =
        "query ($b: String) { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: $b}}) { SITE_ID } }";

    private readonly SandboxClient _client;

    public QueryErrorTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("{ NOT_A_ROOT { BUILDING_ID } }", "NOT_A_ROOT", "$.selectionSet.NOT_A_ROOT")]
    [InlineData("{ BUILDING_INSIGHTS { NOPE } }", "NOPE",
        "$.selectionSet.BUILDING_INSIGHTS.selectionSet.NOPE")]
    [InlineData("{ b: BUILDING_INSIGHTS(sort: 1) { BUILDING_ID } }", "sort",
        "$.selectionSet.b.args.sort")]
    [InlineData("{ BUILDING_INSIGHTS(where: {FLOOR_ID: {_eq: 1}}) { BUILDING_ID } }", "FLOOR_ID",
        "$.selectionSet.BUILDING_INSIGHTS.args.where.FLOOR_ID")]
    [InlineData("{ BUILDING_INSIGHTS(where: {GROUP_ID: {_like: \"a%\"}}) { BUILDING_ID } }",
        "_like",
        "$.selectionSet.BUILDING_INSIGHTS.args.where.GROUP_ID._like")]
    [InlineData("{ BUILDING_INSIGHTS(order_by: {COLOUR: asc}) { BUILDING_ID } }", "COLOUR",
        "$.selectionSet.BUILDING_INSIGHTS.args.order_by.COLOUR")]
    public async Task Query_UnknownName_ReturnsValidationFailedNamingIt(
        string query,
        string culprit,
        string path)
    {
        using var answer = await _client.QueryAsync(query);

        var error = Json.Error(answer);

        Assert.Equal("validation-failed", error.Code);
        Assert.Contains(culprit, error.Message);
        Assert.Equal(path, error.Path);
    }

    [Theory]
    [InlineData("""{ BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: "71"}}) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: 1}}) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: null}}) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(where: {BUILDING_ID: {_in: [71, null]}}) { SITE_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(where: {DATE_TIME_START: {_gt: "May"}}) { SITE_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(order_by: {BUILDING_ID: up}) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(order_by: {BUILDING_ID: "desc"}) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(limit: -1) { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS(limit: "5") { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS { BUILDING_ID(x: 1) } }""")]
    [InlineData("""{ BUILDING_INSIGHTS { BUILDING_ID { a } } }""")]
    [InlineData("""{ BUILDING_INSIGHTS }""")]
    [InlineData("""{ __schema { types { name } } }""")]
    [InlineData("""mutation { BUILDING_INSIGHTS { BUILDING_ID } }""")]
    [InlineData("""{ BUILDING_INSIGHTS { ...Missing } }""")]
    [InlineData("""{ BUILDING_INSIGHTS { ...F } } fragment F on query_root { __typename }""")]
    [InlineData("""{ BUILDING_INSIGHTS { ...F } } fragment F on BUILDING_INSIGHTS { ...F }""")]
    [InlineData("""{ BUILDING_INSIGHTS { BUILDING_ID @deprecated } }""")]
    [InlineData("""{ x: BUILDING_INSIGHTS { BUILDING_ID } x: __typename }""")]
    [InlineData("""query A { __typename } query B { __typename }""")]
    [InlineData("""type Foo { a: Int }""")]
    public async Task Query_InvalidUse_ReturnsValidationFailed(string query)
    {
        using var answer = await _client.QueryAsync(query);

        Assert.Equal("validation-failed", Json.Error(answer).Code);
    }

    [Theory]
    [InlineData("{ BUILDING_INSIGHTS( { BUILDING_ID } }")]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("# only a comment")]
    public async Task Query_SyntaxError_ReturnsParseFailed(string query)
    {
        using var answer = await _client.QueryAsync(query);

        var error = Json.Error(answer);

        Assert.Equal("parse-failed", error.Code);
        Assert.Equal("$.query", error.Path);
    }

    [Fact]
    public async Task Variables_RequiredMissing_ReturnsValidationFailedNamingIt()
    {
        using var answer = await _client.QueryAsync(ByBuilding);
        var error = Json.Error(answer);

        Assert.Equal("validation-failed", error.Code);
        Assert.Contains("\"b\"", error.Message);
    }

    [Theory]
    [InlineData(ByBuilding, """{"b": "71"}""")]
    [InlineData(ByBuilding, """{"b": null}""")]
    [InlineData(ByBuilding, """{"b": 71, "extra": 1}""")]
    [InlineData(ByBuildingAsText, """{"b": "71"}""")]
    [InlineData("query ($b: Colour) { BUILDING_INSIGHTS { BUILDING_ID } }", "{}")]
    [InlineData("{ BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: $nope}}) { SITE_ID } }", "{}")]
    [InlineData("query ($b: Int = \"x\") { BUILDING_INSIGHTS(limit: $b) { BUILDING_ID } }", "{}")]
    public async Task Variables_WrongTypeOrUnknown_ReturnsValidationFailed(
        string query,
        string variables)
    {
        using var values = JsonDocument.Parse(variables);

        using var answer = await _client.QueryAsync(query, values.RootElement);

        Assert.Equal("validation-failed", Json.Error(answer).Code);
    }

    [Fact]
    public async Task OperationName_Unknown_ReturnsValidationFailedNamingIt()
    {
        using var answer = await _client.QueryAsync("query A { __typename }", operationName: "B");

        var error = Json.Error(answer);

        Assert.Equal("validation-failed", error.Code);
        Assert.Contains("B", error.Message);
    }

    [Theory]
    [InlineData("not json", "invalid-json")]
    [InlineData("", "invalid-json")]
    [InlineData("{}", "bad-request")]
    [InlineData("[{\"query\": \"{ __typename }\"}]", "bad-request")]
    [InlineData("\"{ __typename }\"", "bad-request")]
    [InlineData("{\"query\": 5}", "bad-request")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": [1]}", "bad-request")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 5}", "bad-request")]
    public async Task Api_BodyNotAGraphQLRequest_Returns400WithErrorsEnvelope(
        string body,
        string code)
    {
        var sessionId = await _client.ExchangeAsync();

        using var response = await _client.PostApiAsync(body, sessionId);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, Json.Error(answer).Code);
    }

    [Fact]
    public async Task Api_PersistedQueryWithoutText_ReturnsNotSupported()
    {
        var sessionId = await _client.ExchangeAsync();
        const string body =
            """{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ab"}}}""";

        using var response = await _client.PostApiAsync(body, sessionId);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("not-supported", Json.Error(answer).Code);
    }
}
