using System;
using System.Globalization;
using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>Reads one JSON value as the typed value its column promises.</summary>
internal static class ColumnValueConverter
{
    private static readonly string[] PartitionFormats = { "yyyyMMdd", "yyyy-MM-dd" };

    /// <summary>
    /// The typed value at the reader's position, or null for JSON null. A value of the
    /// wrong shape raises <see cref="FormatException"/> naming the column, rather than
    /// passing on a value that would look right in a CSV and be wrong.
    /// </summary>
    public static object? Read(JsonReader reader, ApiColumn column)
    {
        var token = reader.TokenType;
        var value = reader.Value;

        if (token == JsonToken.Null)
        {
            return null;
        }

        try
        {
            object? typed = column.Kind switch
            {
                ColumnKind.Int32 when token == JsonToken.Integer => checked((int)(long)value!),
                ColumnKind.Int64 when token == JsonToken.Integer => value,
                ColumnKind.Double when token == JsonToken.Float => value,
                ColumnKind.Double when token == JsonToken.Integer => (double)(long)value!,
                ColumnKind.Text when token == JsonToken.String => value,
                ColumnKind.Instant when token == JsonToken.String => InstantText.Parse((string)value!),
                ColumnKind.PartitionDate when token == JsonToken.Integer => PartitionOf((long)value!),
                ColumnKind.PartitionDate when token == JsonToken.String => DateTime.ParseExact(
                    (string)value!, PartitionFormats, CultureInfo.InvariantCulture, DateTimeStyles.None),
                _ => null,
            };

            if (typed is not null)
            {
                return typed;
            }
        }
        catch (Exception problem) when (problem is FormatException or OverflowException
            or ArgumentException)
        {
            throw WrongShape(reader, column, problem);
        }

        throw WrongShape(reader, column, null);
    }

    private static DateTime PartitionOf(long yyyymmdd) =>
        new((int)(yyyymmdd / 10000), (int)(yyyymmdd / 100 % 100), (int)(yyyymmdd % 100));

    private static FormatException WrongShape(JsonReader reader, ApiColumn column, Exception? inner)
    {
        var shown = reader.Value?.ToString() ?? reader.TokenType.ToString();
        if (reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
        {
            reader.Skip();
        }

        return new FormatException(
            $"The API sent '{shown}' for {column.ApiName}, which is not a {column.Kind}.", inner);
    }
}
