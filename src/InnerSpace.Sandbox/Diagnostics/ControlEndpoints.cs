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
        if (await LoopbackGuard.RefuseRemoteAsync(context))
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
        writer.WriteNumber("faultsServed", stats.FaultsServed);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    public async Task ExpireSessionsAsync(HttpContext context)
    {
        if (await LoopbackGuard.RefuseRemoteAsync(context))
        {
            return;
        }

        sessions.ExpireAll();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
