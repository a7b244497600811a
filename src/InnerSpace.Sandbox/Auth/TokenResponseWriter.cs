using System.Text.Json;
using InnerSpace.Sandbox.Execution;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// Writes token-endpoint answers. Success is <c>{"session_id"}</c>, the one documented member,
/// plus <c>expires_in</c> only when --token-expires-in asks for it; failures use the OAuth 2.0
/// shape <c>{"error","error_description"}</c> (CHOICES.md).
/// </summary>
internal static class TokenResponseWriter
{
    /// <param name="expiresIn">Seconds for the optional <c>expires_in</c> hint.</param>
    public static Task WriteSessionAsync(
        HttpResponse response,
        string sessionId,
        int? expiresIn,
        CancellationToken cancellationToken)
    {
        return WriteAsync(response, StatusCodes.Status200OK, cancellationToken, writer =>
        {
            writer.WriteString("session_id", sessionId);
            if (expiresIn is { } seconds)
            {
                writer.WriteNumber("expires_in", seconds);
            }
        });
    }

    /// <param name="description">Fixed text: never the secret or any other submitted value.</param>
    public static Task WriteErrorAsync(
        HttpResponse response,
        int statusCode,
        string error,
        string description,
        CancellationToken cancellationToken)
    {
        return WriteAsync(response, statusCode, cancellationToken, writer =>
        {
            writer.WriteString("error", error);
            writer.WriteString("error_description", description);
        });
    }

    private static async Task WriteAsync(
        HttpResponse response,
        int statusCode,
        CancellationToken cancellationToken,
        Action<Utf8JsonWriter> writeMembers)
    {
        response.StatusCode = statusCode;
        response.ContentType = JsonOutput.ContentType;

        // Token answers must not be cached anywhere (RFC 6749, section 5.1).
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";

        await using var writer = new Utf8JsonWriter(response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writeMembers(writer);
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
