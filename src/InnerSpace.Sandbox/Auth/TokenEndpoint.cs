using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// <c>POST /v2/oauth/token</c>: exchanges the client id and secret for a session id. Checks run
/// in this order: content type (415), body shape (400), credentials (401 invalid_client),
/// audience (400 invalid_request). The order and the failure shapes are sandbox choices.
/// </summary>
/// <param name="expiresIn">
/// The undocumented <c>expires_in</c> hint to send, in seconds, or null to send none.
/// </param>
internal sealed class TokenEndpoint(
    ClientRegistry clients,
    SessionStore sessions,
    SandboxStats stats,
    int? expiresIn)
{
    public const string Path = "/v2/oauth/token";

    /// <summary>The documented, fixed audience.</summary>
    public const string Audience = "https://global-config.innerspace.io";

    private const int MaxBodyBytes = 64 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (!context.Request.HasJsonContentType())
        {
            await FailAsync(context, StatusCodes.Status415UnsupportedMediaType, "invalid_request",
                "send the body as JSON with Content-Type: application/json");
            return;
        }

        var body = await RequestBodyReader.ReadAsync(
            context.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            await FailAsync(context, StatusCodes.Status413PayloadTooLarge, "invalid_request",
                "the request body is too large");
            return;
        }

        if (!TokenRequestReader.TryRead(body, out var request, out var problem))
        {
            await FailAsync(context, StatusCodes.Status400BadRequest, "invalid_request", problem);
            return;
        }

        var account = clients.Authenticate(request.ClientId, request.ClientSecret);
        if (account is null)
        {
            await FailAsync(context, StatusCodes.Status401Unauthorized, "invalid_client",
                "client authentication failed");
            return;
        }

        if (request.Audience != Audience)
        {
            await FailAsync(context, StatusCodes.Status400BadRequest, "invalid_request",
                $"audience must be {Audience}");
            return;
        }

        stats.RecordTokenExchange();
        await TokenResponseWriter.WriteSessionAsync(
            context.Response, sessions.Issue(account), expiresIn, cancellationToken);
    }

    private Task FailAsync(HttpContext context, int statusCode, string error, string description)
    {
        stats.RecordTokenFailure();
        return TokenResponseWriter.WriteErrorAsync(
            context.Response, statusCode, error, description, context.RequestAborted);
    }
}
