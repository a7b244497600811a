using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>
/// The standard GraphQL-over-HTTP request body. Values always travel in
/// <see cref="Variables"/>, never pasted into the query text, so that a value holding
/// quotes or braces reaches the server unchanged and cannot alter the query.
/// </summary>
public sealed class GraphQLRequest
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public GraphQLRequest(
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        string? operationName = null)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new ArgumentException("The GraphQL query text is empty.", nameof(query));
        }

        Query = query;
        Variables = variables ?? new Dictionary<string, object?>();
        OperationName = operationName;
    }

    public string Query { get; }

    /// <summary>Plain .NET values: primitives, dates, dictionaries and sequences of them.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; }

    public string? OperationName { get; }

    /// <summary>
    /// The UTF-8 JSON body. Built once per request so that a replay after
    /// re-authentication sends exactly the same bytes.
    /// </summary>
    public byte[] ToJsonBytes()
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, Utf8NoBom))
        using (var json = new JsonTextWriter(text))
        {
            json.WriteStartObject();
            json.WritePropertyName("query");
            json.WriteValue(Query);
            json.WritePropertyName("variables");
            json.WriteStartObject();
            foreach (var variable in Variables)
            {
                json.WritePropertyName(variable.Key);
                WriteValue(json, variable.Value, variable.Key);
            }

            json.WriteEndObject();

            if (OperationName is not null)
            {
                json.WritePropertyName("operationName");
                json.WriteValue(OperationName);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(JsonWriter json, object? value, string path)
    {
        switch (value)
        {
            case null:
                json.WriteNull();
                return;

            case string or bool or char or Guid:
            case byte or sbyte or short or ushort or int or uint or long or ulong:
            case float or double or decimal:
                json.WriteValue(value);
                return;

            case DateTimeOffset instant:
                json.WriteValue(instant.ToString("o", CultureInfo.InvariantCulture));
                return;

            case DateTime dateTime:
                json.WriteValue(dateTime.ToString("o", CultureInfo.InvariantCulture));
                return;

            case Enum enumValue:
                json.WriteValue(enumValue.ToString());
                return;

            case IDictionary dictionary:
                WriteObject(json, dictionary, path);
                return;

            case IEnumerable sequence:
                WriteArray(json, sequence, path);
                return;

            default:
                throw new InnerSpaceException(
                    ErrorIds.ParameterInvalid,
                    $"The GraphQL variable '{path}' holds a {value.GetType().Name}, which has no " +
                    "JSON form. Use strings, numbers, booleans, dates, hashtables or arrays.");
        }
    }

    private static void WriteObject(JsonWriter json, IDictionary dictionary, string path)
    {
        json.WriteStartObject();

        foreach (DictionaryEntry entry in dictionary)
        {
            var name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            json.WritePropertyName(name);
            WriteValue(json, entry.Value, path + "." + name);
        }

        json.WriteEndObject();
    }

    private static void WriteArray(JsonWriter json, IEnumerable sequence, string path)
    {
        json.WriteStartArray();

        var index = 0;
        foreach (var item in sequence)
        {
            WriteValue(json, item, $"{path}[{index}]");
            index++;
        }

        json.WriteEndArray();
    }
}
