using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using InnerSpace.Sandbox;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>One in-process sandbox and an HttpClient that talks to it over real sockets.</summary>
public sealed class SandboxClient : IAsyncDisposable
{
    public const string Audience = "https://global-config.innerspace.io";

    private string? _sessionId;

    private SandboxClient(SandboxServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseUri };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    public static async Task<SandboxClient> StartAsync(params string[] args)
    {
        return new SandboxClient(await SandboxServer.StartAsync(args));
    }

    internal static async Task<SandboxClient> StartAsync(TimeProvider clock, params string[] args)
    {
        return new SandboxClient(await SandboxServer.StartAsync(clock, args));
    }

    public string TokenBody(
        string? clientId = null,
        string? clientSecret = null,
        string? audience = Audience)
    {
        return JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["client_id"] = clientId ?? Server.ClientId,
            ["client_secret"] = clientSecret ?? Server.ClientSecret,
            ["audience"] = audience,
        });
    }

    public Task<HttpResponseMessage> PostTokenAsync(
        string body,
        string? contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return Http.PostAsync("v2/oauth/token", content);
    }

    /// <summary>Exchanges the server's credentials and returns the new session id.</summary>
    public async Task<string> ExchangeAsync()
    {
        using var response = await PostTokenAsync(TokenBody());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("session_id").GetString()!;
    }

    /// <param name="completion">
    /// ResponseHeadersRead hands back the body as a stream, to see a cut-off body byte by byte.
    /// </param>
    public Task<HttpResponseMessage> PostApiAsync(
        string body,
        string? sessionId,
        HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "v2/api")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (sessionId is not null)
        {
            request.Headers.Add("X-Session-Id", sessionId);
        }

        return Http.SendAsync(request, completion);
    }

    /// <summary>Queues faults through the sandbox hook; the body is fault JSON.</summary>
    public Task<HttpResponseMessage> PostFaultAsync(string json)
    {
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        return Http.PostAsync("sandbox/faults", content);
    }

    public static string RequestBody(
        string query,
        object? variables = null,
        string? operationName = null)
    {
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["variables"] = variables,
            ["operationName"] = operationName,
        });
    }

    /// <summary>Runs a query on a cached session; GraphQL answers 200 even for errors.</summary>
    public async Task<JsonDocument> QueryAsync(
        string query,
        object? variables = null,
        string? operationName = null)
    {
        _sessionId ??= await ExchangeAsync();
        var body = RequestBody(query, variables, operationName);
        using var response = await PostApiAsync(body, _sessionId);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task<JsonDocument> GetStatsAsync()
    {
        using var response = await Http.GetAsync("sandbox/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
