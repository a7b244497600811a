using System.Net;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>GET /sandbox/stats counts what clients did.</summary>
public sealed class StatsEndpointTests
{
    [Fact]
    public async Task Stats_AfterMixedTraffic_CountsEachKind()
    {
        await using var client = await SandboxClient.StartAsync();
        using var refused = await client.PostTokenAsync(client.TokenBody(clientSecret: "wrong"));
        var typeName = SandboxClient.RequestBody("{ __typename }");
        using var anonymous = await client.PostApiAsync(typeName, null);
        using var answer = await client.QueryAsync("""
            { BUILDING_INSIGHTS(where: {DATE_PARTITION: {_eq: 20250501},
                                        GRANULARITY: {_eq: "PT1H"}, BUILDING_ID: {_eq: 71}})
              { BUILDING_ID } }
            """);

        using var stats = await client.GetStatsAsync();
        var counts = stats.RootElement.EnumerateObject()
            .ToDictionary(member => member.Name, member => member.Value.GetInt64());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(
            new Dictionary<string, long>
            {
                ["tokenExchanges"] = 1,
                ["tokenFailures"] = 1,
                ["queries"] = 1,
                ["unauthorized"] = 1,
                ["rowsServed"] = 24,
                ["faultsServed"] = 0,
            },
            counts);
    }

    [Fact]
    public async Task Stats_UnderV2_IsNotServed()
    {
        await using var client = await SandboxClient.StartAsync();

        using var response = await client.Http.GetAsync("v2/sandbox/stats");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
