using System.Net;
using System.Text.Json;
using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Execution;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Diagnostics;

/// <summary>
/// Test hooks outside the API surface (under /sandbox, never /v2): counters, and a switch that
/// expires every session so a client's re-authentication can be tested without waiting.
/// </summary>
internal sealed class ControlEndpoints(SandboxStats stats, SessionStore sessions)
{
    public const string StatsPath = "/sandbox/stats";

    public const string ExpireSessionsPath = "/sandbox/sessions/expire";

    public async Task GetStatsAsync(HttpContext context)
    {
        if (await RefuseRemoteAsync(context))
        {
            return;
        }

        context.Response.ContentType = JsonOutput.ContentType;
        await using var writer =
            new Utf8JsonWriter(context.Response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("tokenExchanges", stats.TokenExchanges);
        writer.WriteNumber("tokenFailures", stats.TokenFailures);
        writer.WriteNumber("queries", stats.Queries);
        writer.WriteNumber("unauthorized", stats.Unauthorized);
        writer.WriteNumber("rowsServed", stats.RowsServed);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    public async Task ExpireSessionsAsync(HttpContext context)
    {
        if (await RefuseRemoteAsync(context))
        {
            return;
        }

        sessions.ExpireAll();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    // The sandbox binds to loopback only; this second check keeps the hooks local even if a
    // proxy or a future option ever exposed the port.
    private static async Task<bool> RefuseRemoteAsync(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && IPAddress.IsLoopback(remote))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = JsonOutput.ContentType;
        await context.Response.WriteAsync(
            """{"error":"forbidden","error_description":"sandbox hooks answer loopback only"}""");
        return true;
    }
}
