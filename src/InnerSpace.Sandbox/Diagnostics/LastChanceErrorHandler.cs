using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InnerSpace.Sandbox.Diagnostics;

/// <summary>
/// Catches what the endpoints did not expect: logs it, and answers a JSON 500 if nothing was
/// sent yet, or cuts the connection mid-stream so a client never mistakes a truncated body
/// for a complete one.
/// </summary>
internal sealed class LastChanceErrorHandler(
    RequestDelegate next,
    ILogger<LastChanceErrorHandler> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away mid-answer (cancelled or reset); there is nobody to tell.
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Unexpected error on {Method} {Path}",
                context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            var error = new GraphQLError(
                "unexpected error in the sandbox", "$", ErrorCodes.Unexpected);
            await ErrorEnvelopeWriter.WriteAsync(context.Response,
                StatusCodes.Status500InternalServerError, error, context.RequestAborted);
        }
    }
}
