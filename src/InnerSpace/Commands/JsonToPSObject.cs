using System.Linq;
using System.Management.Automation;
using Newtonsoft.Json.Linq;

namespace InnerSpace.Commands;

/// <summary>
/// Turns JSON from the API into what PowerShell users expect from ConvertFrom-Json:
/// objects become PSCustomObjects with the API's field names, arrays become object[],
/// and numbers stay numbers.
/// </summary>
internal static class JsonToPSObject
{
    public static object? Convert(JToken? token)
    {
        switch (token)
        {
            case null:
                return null;

            case JObject fields:
                var result = new PSObject();
                foreach (var field in fields.Properties())
                {
                    result.Properties.Add(new PSNoteProperty(field.Name, Convert(field.Value)));
                }

                return result;

            case JArray items:
                return items.Select(Convert).ToArray();

            case JValue value when value.Type == JTokenType.Integer:
                return value.Value is long whole && whole is >= int.MinValue and <= int.MaxValue
                    ? (int)whole
                    : value.Value;

            case JValue value:
                return value.Value;

            default:
                return token.ToString();
        }
    }
}
