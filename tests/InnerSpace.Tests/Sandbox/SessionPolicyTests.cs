using System.Net;
using System.Text.Json;
using InnerSpace.Sandbox.Hosting;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>--session-mode and --token-expires-in, on an injected clock.</summary>
public sealed class SessionPolicyTests
{
    [Fact]
    public async Task IdleMode_RegularUse_KeepsTheSessionAlivePastItsTtl()
    {
        var clock = new ManualClock();
        await using var client = await SandboxClient.StartAsync(
            clock, "--session-ttl", "10", "--session-mode", "idle");
        var sessionId = await client.ExchangeAsync();

        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(9));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, sessionId));
        }

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, sessionId));
    }

    [Fact]
    public async Task FixedMode_RegularUse_StillEndsAtTheTtl()
    {
        var clock = new ManualClock();
        await using var client = await SandboxClient.StartAsync(
            clock, "--session-ttl", "10", "--session-mode", "fixed");
        var sessionId = await client.ExchangeAsync();
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, sessionId));

        clock.Advance(TimeSpan.FromSeconds(9));

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, sessionId));
    }

    [Fact]
    public async Task IdleMode_ExpireHook_EndsSessionsAnyway()
    {
        await using var client = await SandboxClient.StartAsync("--session-mode", "idle");
        var sessionId = await client.ExchangeAsync();

        using var expire = await client.Http.PostAsync("sandbox/sessions/expire", null);

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, sessionId));
    }

    [Fact]
    public async Task TokenExpiresIn_Given_SendsTheHintAndEndsTheSessionThen()
    {
        var clock = new ManualClock();
        await using var client =
            await SandboxClient.StartAsync(clock, "--token-expires-in", "30");

        using var response = await client.PostTokenAsync(client.TokenBody());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var sessionId = body.RootElement.GetProperty("session_id").GetString()!;
        clock.Advance(TimeSpan.FromSeconds(29));
        var before = await StatusAsync(client, sessionId);
        clock.Advance(TimeSpan.FromSeconds(1));
        var after = await StatusAsync(client, sessionId);

        Assert.Equal(JsonValueKind.Number, body.RootElement.GetProperty("expires_in").ValueKind);
        Assert.Equal(30, body.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task TokenExpiresIn_NotGiven_SendsNoHint()
    {
        await using var client = await SandboxClient.StartAsync();

        using var response = await client.PostTokenAsync(client.TokenBody());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(body.RootElement.TryGetProperty("expires_in", out _));
    }

    [Theory]
    [InlineData(new[] { "--token-expires-in", "30", "--session-ttl", "60" }, "leave out")]
    [InlineData(new[] { "--token-expires-in", "0" }, "--token-expires-in must be")]
    [InlineData(new[] { "--session-mode", "sliding" }, "one of: fixed, idle")]
    public void Parse_BadSessionOptions_AreRefused(string[] args, string expected)
    {
        var failure = Assert.Throws<SandboxOptionsException>(
            () => SandboxOptionsParser.Parse(args, "http://127.0.0.1:0"));

        Assert.Contains(expected, failure.Message);
    }

    private static async Task<HttpStatusCode> StatusAsync(SandboxClient client, string sessionId)
    {
        using var response =
            await client.PostApiAsync(SandboxClient.RequestBody("{ __typename }"), sessionId);
        return response.StatusCode;
    }
}
