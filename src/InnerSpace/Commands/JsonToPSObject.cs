using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;
using Newtonsoft.Json;

namespace InnerSpace.Commands;

/// <summary>
/// Reads JSON from the API into what PowerShell users expect from ConvertFrom-Json:
/// objects become PSCustomObjects with the API's field names, arrays become object[],
/// integers that fit become Int32, and dates stay the text the API sent.
/// </summary>
internal sealed class JsonToPSObject : IRowFactory<object?>
{
    public static readonly JsonToPSObject Instance = new();

    public JsonNameTable? PropertyNames => null;

    public object? Create(JsonReader reader) => Read(reader);

    /// <summary>The value at the reader's position; the reader ends on its last token.</summary>
    public static object? Read(JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartObject:
                var result = new PSObject();
                while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
                {
                    var name = StrictJson.MemberName(reader);
                    reader.Read();
                    result.Properties.Add(new PSNoteProperty(name, Read(reader)));
                }

                return result;

            case JsonToken.StartArray:
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                {
                    items.Add(Read(reader));
                }

                return items.ToArray();

            case JsonToken.Integer:
                return reader.Value is long whole && whole is >= int.MinValue and <= int.MaxValue
                    ? (int)whole
                    : reader.Value;

            default:
                return reader.Value;
        }
    }
}
