using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.GraphQL;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// Runs before the API endpoints: waits the configured latency on every /v2 request, then
/// serves the next queued fault for /v2/api or /v2/oauth/token, if there is one. Faults fire
/// before the session is checked, as a proxy in front of the service would fail.
/// </summary>
internal sealed class FaultMiddleware(
    FaultQueue queue,
    SandboxStats stats,
    TimeProvider clock,
    TimeSpan latency)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = (context.Request.Path.Value ?? "/").TrimEnd('/');
        if (!path.StartsWith("/v2/", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var cancellationToken = context.RequestAborted;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, clock, cancellationToken);
        }

        var fault = TargetOf(path) is { } target ? queue.TryTake(target) : null;
        if (fault is null)
        {
            await next(context);
            return;
        }

        stats.RecordFaultServed();
        if (fault.DelayMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMs), clock, cancellationToken);
        }

        await ServeAsync(context, next, fault);
    }

    private static FaultTarget? TargetOf(string path)
    {
        if (path.Equals(GraphQLEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            return FaultTarget.Api;
        }

        return path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase)
            ? FaultTarget.Token
            : null;
    }

    private static Task ServeAsync(HttpContext context, RequestDelegate next, FaultEntry fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.Status:
                return FaultResponses.WriteStatusAsync(context, fault);

            case FaultKind.Html:
                return FaultResponses.WriteHtmlAsync(context, fault);

            case FaultKind.InvalidJson:
                return FaultResponses.WriteInvalidJsonAsync(context);

            case FaultKind.Truncate:
                return TruncateAsync(context, next);

            case FaultKind.Reset:
                context.Abort();
                return Task.CompletedTask;

            default:
                return next(context);
        }
    }

    // Runs the real handler into memory, sends the head and a prefix of its body, then drops
    // the connection.
    private static async Task TruncateAsync(HttpContext context, RequestDelegate next)
    {
        var realBody = context.Response.Body;
        await using var kept = new TruncatingBodyStream();
        context.Response.Body = kept;
        try
        {
            await next(context);
        }
        catch (IOException) when (kept.LimitReached)
        {
            // Expected: the handler is stopped once enough of the body is kept.
        }
        finally
        {
            context.Response.Body = realBody;
        }

        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        if (socket is not null)
        {
            var contentType = context.Response.ContentType ?? "application/json";
            RawTruncatedResponse.Send(
                socket, context.Response.StatusCode, contentType, kept.Prefix().Span);
        }

        context.Abort();
    }
}
