using System.Text.Json;
using InnerSpace.Sandbox.Execution;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Writes Hasura's error envelope: <c>{"errors":[{"message","extensions":{"path","code"}}]}</c>,
/// with no <c>data</c> member.
/// </summary>
internal static class ErrorEnvelopeWriter
{
    public static async Task WriteAsync(
        HttpResponse response,
        int statusCode,
        GraphQLError error,
        CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = JsonOutput.ContentType;

        await using var writer = new Utf8JsonWriter(response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        writer.WriteStartObject("extensions");
        if (error.Path is not null)
        {
            writer.WriteString("path", error.Path);
        }

        writer.WriteString("code", error.Code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }
}
