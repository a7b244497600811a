using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InnerSpace.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 whose answers a test scripts, for behaviour the sandbox
/// does not offer (a server that refuses every session, a body cut short). It issues a new
/// session id for each exchange of <see cref="ClientId"/> and <see cref="ClientSecret"/>,
/// tells the script whether a call carried a valid one, and counts exchanges and calls.
/// </summary>
public sealed class ScriptedApiServer : IAsyncDisposable
{
    public const string ClientId = "scripted-client";
    public const string ClientSecret = "scripted-secret-Zq81x";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, bool> _validSessions = new();
    private readonly ConcurrentQueue<string> _issuedSessions = new();
    private int _tokenExchanges;
    private int _apiCalls;

    private ScriptedApiServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Every session id handed out; tests check that none is ever shown.</summary>
    public IReadOnlyCollection<string> IssuedSessionIds => _issuedSessions.ToArray();

    public Uri BaseUri { get; private set; } = null!;

    public int TokenExchanges => Volatile.Read(ref _tokenExchanges);

    /// <summary>When set, token answers carry it as an <c>expires_in</c> hint.</summary>
    public int? ExpiresInSeconds { get; set; }

    public int ApiCalls => Volatile.Read(ref _apiCalls);

    /// <summary>
    /// Starts a server whose /v2/api answers come from <paramref name="api"/>, which gets
    /// the request, the call's number (from 1) and whether its session id is valid.
    /// </summary>
    public static async Task<ScriptedApiServer> StartAsync(Func<HttpContext, int, bool, Task> api)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ScriptedApiServer(app);

        app.MapPost("/v2/oauth/token", server.ExchangeAsync);
        app.MapPost("/v2/api", context =>
        {
            var sessionId = context.Request.Headers["X-Session-Id"].ToString();
            var isValid = server._validSessions.ContainsKey(sessionId);
            return api(context, Interlocked.Increment(ref server._apiCalls), isValid);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    /// <summary>Makes every session id issued so far invalid, as a session lifetime would.</summary>
    public void ExpireSessions() => _validSessions.Clear();

    /// <summary>Answers 200 with the JSON text given.</summary>
    public static Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ExchangeAsync(HttpContext context)
    {
        var request = await context.Request.ReadFromJsonAsync<Dictionary<string, string>>();
        Interlocked.Increment(ref _tokenExchanges);

        if (request?.GetValueOrDefault("client_secret") != ClientSecret)
        {
            context.Response.StatusCode = (int)HttpStatusCode.Unauthorized;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client" });
            return;
        }

        var sessionId = "scripted-session-" + Guid.NewGuid().ToString("N");
        _issuedSessions.Enqueue(sessionId);
        _validSessions[sessionId] = true;
        if (ExpiresInSeconds is { } seconds)
        {
            await context.Response.WriteAsJsonAsync(new { session_id = sessionId, expires_in = seconds });
            return;
        }

        await context.Response.WriteAsJsonAsync(new { session_id = sessionId });
    }
}
