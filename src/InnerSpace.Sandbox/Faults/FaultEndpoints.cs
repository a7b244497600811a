using System.Text.Json;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// <c>/sandbox/faults</c>: POST queues faults, GET lists what is pending, DELETE clears the
/// queue. Loopback callers only, like every /sandbox hook.
/// </summary>
internal sealed class FaultEndpoints(FaultQueue queue)
{
    public const string Path = "/sandbox/faults";

    private const int MaxBodyBytes = 64 * 1024;

    public async Task PostAsync(HttpContext context)
    {
        if (await LoopbackGuard.RefuseRemoteAsync(context))
        {
            return;
        }

        // The Content-Type is not checked, so a bare 'curl -d' works.
        var body = await RequestBodyReader.ReadAsync(
            context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await WriteProblemAsync(context, "the body is larger than 64 KiB");
            return;
        }

        if (!FaultRequestReader.TryRead(body, out var entries, out var problem))
        {
            await WriteProblemAsync(context, problem);
            return;
        }

        queue.Enqueue(entries);
        await WritePendingAsync(context, StatusCodes.Status201Created);
    }

    public async Task GetAsync(HttpContext context)
    {
        if (await LoopbackGuard.RefuseRemoteAsync(context))
        {
            return;
        }

        await WritePendingAsync(context, StatusCodes.Status200OK);
    }

    public async Task DeleteAsync(HttpContext context)
    {
        if (await LoopbackGuard.RefuseRemoteAsync(context))
        {
            return;
        }

        queue.Clear();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private async Task WritePendingAsync(HttpContext context, int statusCode)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = JsonOutput.ContentType;
        await using var writer =
            new Utf8JsonWriter(context.Response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartArray("pending");
        foreach (var entry in queue.Snapshot())
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }

    private static void WriteEntry(Utf8JsonWriter writer, FaultEntry entry)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", FaultNames.Of(entry.Kind));
        writer.WriteString("path", FaultNames.Of(entry.Target));
        writer.WriteNumber("count", entry.Count);
        if (entry.Status != 0)
        {
            writer.WriteNumber("status", entry.Status);
        }

        if (entry.RetryAfter is not null)
        {
            writer.WriteString("retryAfter", entry.RetryAfter);
        }

        if (entry.DelayMs != 0)
        {
            writer.WriteNumber("delayMs", entry.DelayMs);
        }

        writer.WriteEndObject();
    }

    private static async Task WriteProblemAsync(HttpContext context, string problem)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = JsonOutput.ContentType;
        await using var writer =
            new Utf8JsonWriter(context.Response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("error", "invalid_fault");
        writer.WriteString("error_description", problem);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
