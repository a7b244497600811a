using System.Text.Json;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>Turns a member of the request's <c>variables</c> into an input value.</summary>
internal static class JsonInputReader
{
    public static InputValue Read(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                return InputValue.Null(fromJson: true);

            case JsonValueKind.True:
            case JsonValueKind.False:
                return InputValue.Boolean(element.GetBoolean(), fromJson: true);

            case JsonValueKind.String:
                return InputValue.String(element.GetString()!, fromJson: true);

            case JsonValueKind.Number:
                return element.TryGetInt64(out var integer)
                    ? InputValue.Int(integer, fromJson: true)
                    : InputValue.Float(element.GetDouble(), fromJson: true);

            case JsonValueKind.Array:
                var items = element.EnumerateArray().Select(Read).ToList();
                return InputValue.List(items, fromJson: true);

            default:
                var fields = element.EnumerateObject()
                    .Select(member => KeyValuePair.Create(member.Name, Read(member.Value)))
                    .ToList();
                return InputValue.Object(fields, fromJson: true);
        }
    }
}
