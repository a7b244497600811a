using System.Net;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>
/// --clients: each client reads only its buildings' rows; others are simply absent, never an
/// error. The demo client reads everything.
/// </summary>
public sealed class EntitlementTests : IAsyncLifetime
{
    private const string Clients = """
        [
          {"clientId": "east", "clientSecret": "east-secret", "buildings": [72, 73]},
          {"clientId": "nobody", "clientSecret": "nobody-secret", "buildings": []},
          {"clientId": "ghost", "clientSecret": "ghost-secret", "buildings": [9999]}
        ]
        """;

    private const string DemoDayQuery = """
        { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501}, GRANULARITY: {_eq: "P1D"}})
          { BUILDING_ID } }
        """;

    private readonly ClientsFile _file = new(Clients);
    private SandboxClient _client = null!;

    public async Task InitializeAsync()
    {
        _client = await SandboxClient.StartAsync("--clients", _file.Path);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task Query_DemoClient_SeesEveryBuilding()
    {
        var ids = await BuildingIdsAsync(await _client.ExchangeAsync(), DemoDayQuery);

        Assert.Equal([71, 72, 73, 74, 75], ids);
    }

    [Fact]
    public async Task Query_LimitedClient_SeesOnlyItsBuildings()
    {
        var ids = await BuildingIdsAsync(await ExchangeAsync("east"), DemoDayQuery);

        Assert.Equal([72, 73], ids);
    }

    [Fact]
    public async Task Query_OtherBuildingById_AnswersAnEmptyListNotAnError()
    {
        var ids = await BuildingIdsAsync(await ExchangeAsync("east"), """
            { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 71}, DATE_PARTITION: {_eq: 20250501}})
              { BUILDING_ID } }
            """);

        Assert.Empty(ids);
    }

    [Theory]
    [InlineData("BUILDINGS", "")]
    [InlineData("GROUPS", "")]
    [InlineData("ZONE_INSIGHTS", "(where: {DATE_PARTITION: {_eq: 20250501}})")]
    [InlineData("ZONE_TYPE_INSIGHTS", "(where: {DATE_PARTITION: {_eq: 20250501}})")]
    public async Task Query_LimitedClientOnEveryRoot_SeesOnlyItsBuildings(
        string root,
        string arguments)
    {
        // The alias puts the rows under the key the shared helper reads.
        var query = $"{{ BUILDING_INSIGHTS: {root}{arguments} {{ BUILDING_ID }} }}";

        var ids = await BuildingIdsAsync(await ExchangeAsync("east"), query);

        Assert.Equal([72, 73], ids.Distinct().Order());
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("ghost")]
    public async Task Query_ClientWithoutKnownBuildings_SeesNoRows(string clientId)
    {
        var ids = await BuildingIdsAsync(await ExchangeAsync(clientId), DemoDayQuery);

        Assert.Empty(ids);
    }

    [Fact]
    public async Task Token_LimitedClientWrongSecret_Returns401InvalidClient()
    {
        using var response = await _client.PostTokenAsync(_client.TokenBody("east", "west"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_client", text);
        Assert.DoesNotContain("east-secret", text);
    }

    [Fact]
    public async Task Token_LimitedClientWrongAudience_Returns400()
    {
        var body = _client.TokenBody("east", "east-secret", "https://example.com");

        using var response = await _client.PostTokenAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Token_SecretOfAnotherClient_IsRefused()
    {
        using var response = await _client.PostTokenAsync(
            _client.TokenBody("east", "nobody-secret"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<string> ExchangeAsync(string clientId)
    {
        using var response =
            await _client.PostTokenAsync(_client.TokenBody(clientId, $"{clientId}-secret"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("session_id").GetString()!;
    }

    private async Task<List<int>> BuildingIdsAsync(string sessionId, string query)
    {
        using var response =
            await _client.PostApiAsync(SandboxClient.RequestBody(query), sessionId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Json.Rows(answer).Select(row => row.GetProperty("BUILDING_ID").GetInt32()).ToList();
    }
}
