using System.Net;
using InnerSpace.Sandbox.Execution;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Diagnostics;

/// <summary>Keeps the /sandbox hooks to callers on this machine.</summary>
internal static class LoopbackGuard
{
    /// <summary>
    /// Answers 403 and returns true for a caller that is not on loopback. The sandbox binds to
    /// loopback only; this second check keeps the hooks local even if a proxy or a future
    /// option ever exposed the port.
    /// </summary>
    public static async Task<bool> RefuseRemoteAsync(HttpContext context)
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
