using System.Net;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>POST /v2/oauth/token: the session on success, a JSON OAuth error otherwise.</summary>
public sealed class TokenEndpointTests : IClassFixture<SandboxFixture>
{
    private const string WrongSecret = "wrong-secret-Zq81";

    private readonly SandboxClient _client;

    public TokenEndpointTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Fact]
    public async Task Token_ValidCredentials_ReturnsOnlyAnOpaqueUrlSafeSessionId()
    {
        using var response = await _client.PostTokenAsync(_client.TokenBody());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var member = Assert.Single(body.RootElement.EnumerateObject());
        Assert.Equal("session_id", member.Name);
        var sessionId = member.Value.GetString()!;
        Assert.True(sessionId.Length >= 32, sessionId);
        Assert.Matches("^[A-Za-z0-9_-]+$", sessionId);
    }

    [Fact]
    public async Task Token_TwoExchanges_ReturnDistinctSessions()
    {
        var first = await _client.ExchangeAsync();
        var second = await _client.ExchangeAsync();

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Token_WrongSecret_Returns401InvalidClientWithoutTheSecret()
    {
        var body = _client.TokenBody(clientSecret: WrongSecret);

        using var response = await _client.PostTokenAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", ErrorCode(text));
        Assert.DoesNotContain(WrongSecret, text);
        Assert.DoesNotContain(_client.Server.ClientSecret, text);
    }

    [Fact]
    public async Task Token_WrongClientId_Returns401InvalidClient()
    {
        var body = _client.TokenBody(clientId: "someone-else");

        using var response = await _client.PostTokenAsync(body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", ErrorCode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("https://example.com")]
    [InlineData(null)]
    public async Task Token_WrongOrMissingAudience_Returns400InvalidRequest(string? audience)
    {
        using var response = await _client.PostTokenAsync(_client.TokenBody(audience: audience));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", ErrorCode(text));
        Assert.Contains(SandboxClient.Audience, text);
        Assert.DoesNotContain(_client.Server.ClientSecret, text);
    }

    [Theory]
    [InlineData("", "application/json", 400)]
    [InlineData("not json {", "application/json", 400)]
    [InlineData("[1, 2]", "application/json", 400)]
    [InlineData("{\"client_id\": 5, \"client_secret\": \"x\"}", "application/json", 400)]
    [InlineData("{\"audience\": \"https://global-config.innerspace.io\"}", "application/json", 400)]
    [InlineData("{\"client_id\": \"a\"}", "text/plain", 415)]
    [InlineData("client_id=a&client_secret=b", "application/x-www-form-urlencoded", 415)]
    [InlineData("{}", null, 415)]
    public async Task Token_MalformedRequest_Returns4xxJsonInvalidRequest(
        string body,
        string? contentType,
        int expectedStatus)
    {
        using var response = await _client.PostTokenAsync(body, contentType);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("invalid_request", ErrorCode(text));
    }

    [Fact]
    public async Task Token_SecretInMalformedBody_IsNeverEchoed()
    {
        var body = $"{{\"client_id\": \"demo-client-id\", \"client_secret\": \"{WrongSecret}\", ";

        using var response = await _client.PostTokenAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(WrongSecret, text);
    }

    [Fact]
    public async Task Token_GetMethod_Returns405WithJsonBody()
    {
        using var response = await _client.Http.GetAsync("v2/oauth/token");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string ErrorCode(string body)
    {
        using var document = JsonDocument.Parse(body);
        Assert.True(document.RootElement.TryGetProperty("error_description", out _));
        return document.RootElement.GetProperty("error").GetString()!;
    }
}
