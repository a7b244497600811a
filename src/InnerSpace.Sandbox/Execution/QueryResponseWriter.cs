using System.Text.Json;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Schema;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Execution;

/// <summary>
/// Streams <c>{"data": ...}</c> straight to the response body, row by row, flushing whenever
/// a chunk has built up, so the first rows leave before the last ones are generated.
/// </summary>
internal static class QueryResponseWriter
{
    private const int FlushThreshold = 16 * 1024;

    public static async Task WriteAsync(
        HttpResponse response,
        QueryPlan plan,
        IReadOnlyList<long>? buildings,
        SandboxStats stats,
        CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonOutput.ContentType;

        await using var writer = new Utf8JsonWriter(response.Body, JsonOutput.WriterOptions);
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        foreach (var field in plan.Fields)
        {
            if (field.Query is null)
            {
                writer.WriteString(field.ResponseKey, SandboxSchema.QueryTypeName);
                continue;
            }

            writer.WriteStartArray(field.ResponseKey);
            var rows = field.Query.Execute(buildings);
            await WriteRowsAsync(writer, field, rows, plan.TimestampFormat, stats,
                cancellationToken);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static async Task WriteRowsAsync(
        Utf8JsonWriter writer,
        RootFieldPlan field,
        IEnumerable<object?[]> rows,
        TimestampFormat format,
        SandboxStats stats,
        CancellationToken cancellationToken)
    {
        var typeName = field.Query!.Root.TypeName;
        var unflushedRows = 0L;
        foreach (var row in rows)
        {
            WriteRow(writer, row, field.Columns, typeName, format);
            unflushedRows++;
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken);
                stats.RecordRowsServed(unflushedRows);
                unflushedRows = 0;
            }
        }

        stats.RecordRowsServed(unflushedRows);
    }

    private static void WriteRow(
        Utf8JsonWriter writer,
        object?[] row,
        IReadOnlyList<OutputColumn> columns,
        string typeName,
        TimestampFormat format)
    {
        writer.WriteStartObject();
        foreach (var output in columns)
        {
            if (output.Column is null)
            {
                writer.WriteString(output.ResponseKey, typeName);
                continue;
            }

            WriteCell(writer, output.ResponseKey, row[output.Column.Ordinal], format);
        }

        writer.WriteEndObject();
    }

    private static void WriteCell(
        Utf8JsonWriter writer,
        string key,
        object? cell,
        TimestampFormat format)
    {
        switch (cell)
        {
            case null:
                writer.WriteNull(key);
                break;

            case long integer:
                writer.WriteNumber(key, integer);
                break;

            case double number:
                writer.WriteNumber(key, number);
                break;

            case DateTimeOffset timestamp:
                Span<char> text = stackalloc char[TimestampText.MaxLength];
                writer.WriteString(key, text[..TimestampText.Format(timestamp, format, text)]);
                break;

            default:
                writer.WriteString(key, (string)cell);
                break;
        }
    }
}
