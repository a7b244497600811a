using System.Net;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>/v2/api answers 401 with an invalid-session envelope for unusable sessions.</summary>
public sealed class SessionTests
{
    private const string TypeNameQuery = "{ __typename }";

    [Fact]
    public async Task Api_NoSessionHeader_Returns401InvalidSession()
    {
        await using var client = await SandboxClient.StartAsync();

        var (status, code, _) = await PostAsync(client, sessionId: null);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid-session", code);
    }

    [Fact]
    public async Task Api_UnknownSession_Returns401WithoutEchoingTheId()
    {
        await using var client = await SandboxClient.StartAsync();
        const string madeUp = "made-up-session-id-4711";

        var (status, code, text) = await PostAsync(client, madeUp);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid-session", code);
        Assert.DoesNotContain(madeUp, text);
    }

    [Fact]
    public async Task Api_ValidSession_Returns200()
    {
        await using var client = await SandboxClient.StartAsync();
        var sessionId = await client.ExchangeAsync();

        var (status, _, text) = await PostAsync(client, sessionId);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("{\"data\":{\"__typename\":\"query_root\"}}", text);
    }

    [Fact]
    public async Task Api_SessionPastItsTtl_Returns401()
    {
        var clock = new ManualClock();
        await using var client = await SandboxClient.StartAsync(clock, "--session-ttl", "60");
        var sessionId = await client.ExchangeAsync();
        clock.Advance(TimeSpan.FromSeconds(59));
        var (beforeExpiry, _, _) = await PostAsync(client, sessionId);

        clock.Advance(TimeSpan.FromSeconds(1));
        var (afterExpiry, code, text) = await PostAsync(client, sessionId);

        Assert.Equal(HttpStatusCode.OK, beforeExpiry);
        Assert.Equal(HttpStatusCode.Unauthorized, afterExpiry);
        Assert.Equal("invalid-session", code);
        Assert.Contains("expired", text);
    }

    [Fact]
    public async Task Api_UseDoesNotExtendTheSession_Returns401AtFixedExpiry()
    {
        var clock = new ManualClock();
        await using var client = await SandboxClient.StartAsync(clock, "--session-ttl", "10");
        var sessionId = await client.ExchangeAsync();
        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(3));
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, sessionId)).Status);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        var (status, _, _) = await PostAsync(client, sessionId);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task ExpireEndpoint_AfterCall_OldSessionsFailAndNewOnesWork()
    {
        await using var client = await SandboxClient.StartAsync();
        var old = await client.ExchangeAsync();

        using var expire = await client.Http.PostAsync("sandbox/sessions/expire", null);
        var (oldStatus, _, _) = await PostAsync(client, old);
        var (newStatus, _, _) = await PostAsync(client, await client.ExchangeAsync());

        Assert.Equal(HttpStatusCode.NoContent, expire.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldStatus);
        Assert.Equal(HttpStatusCode.OK, newStatus);
    }

    [Fact]
    public async Task Api_CustomCredentials_OnlyThoseAreAccepted()
    {
        await using var client = await SandboxClient.StartAsync(
            "--client-id", "other-id", "--client-secret", "other-secret");

        using var demo = await client.PostTokenAsync(
            client.TokenBody("demo-client-id", "demo-client-secret"));
        var sessionId = await client.ExchangeAsync();

        Assert.Equal("other-id", client.Server.ClientId);
        Assert.Equal("other-secret", client.Server.ClientSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.NotEmpty(sessionId);
    }

    private static async Task<(HttpStatusCode Status, string? Code, string Text)> PostAsync(
        SandboxClient client,
        string? sessionId)
    {
        var request = SandboxClient.RequestBody(TypeNameQuery);
        using var response = await client.PostApiAsync(request, sessionId);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (response.StatusCode, null, text);
        }

        using var body = JsonDocument.Parse(text);
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        var code = error.GetProperty("extensions").GetProperty("code").GetString();
        return (response.StatusCode, code, text);
    }
}
