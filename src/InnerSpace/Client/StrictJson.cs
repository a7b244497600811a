using Newtonsoft.Json;

namespace InnerSpace.Client;

/// <summary>
/// Json.NET accepts some text that is not JSON, such as unquoted or single-quoted member
/// names. An API answer like that is broken, and reading it anyway could turn a damaged
/// body into rows with missing values, so such names are refused.
/// </summary>
internal static class StrictJson
{
    /// <summary>The member name the reader stands on, if it was written as JSON requires.</summary>
    public static string MemberName(JsonReader reader)
    {
        if (reader.QuoteChar != '"')
        {
            throw new JsonReaderException(
                $"The member name '{reader.Value}' at {reader.Path} is not in double quotes, so " +
                "this is not JSON.");
        }

        return (string)reader.Value!;
    }
}
