using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Client;

/// <summary>Turns one JSON value into the typed value its column promises.</summary>
public static class ColumnValueConverter
{
    private static readonly string[] PartitionFormats = { "yyyyMMdd", "yyyy-MM-dd" };

    /// <summary>
    /// The typed value, or null for JSON null. A value of the wrong shape raises
    /// <see cref="FormatException"/> naming the column, rather than passing on a value
    /// that would look right in a CSV and be wrong.
    /// </summary>
    public static object? Convert(JToken? value, InsightColumn column)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            return null;
        }

        try
        {
            return column.Kind switch
            {
                ColumnKind.Int32 => value.Value<int>(),
                ColumnKind.Int64 => value.Value<long>(),
                ColumnKind.Double => value.Value<double>(),
                ColumnKind.Text => value.Value<string>(),
                ColumnKind.Instant => ParseInstant(value.Value<string>()!),
                ColumnKind.PartitionDate => ParsePartition(value.ToString()),
                _ => value.ToString(),
            };
        }
        catch (Exception problem) when (problem is FormatException or InvalidCastException
            or OverflowException or ArgumentException)
        {
            throw new FormatException(
                $"The API sent '{value}' for {column.ApiName}, which is not a {column.Kind}.",
                problem);
        }
    }

    // Every form the API might use parses to the same instant: UTC with Z, a local time
    // with its offset, or (taken as UTC) no offset at all.
    // Missing: a timestamp without an offset is really the building's local time; until
    // the client knows each building's time zone such rows are read as UTC, which shifts
    // them by the building's offset.
    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces);

    private static DateTime ParsePartition(string text) =>
        DateTime.ParseExact(text, PartitionFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None);
}
