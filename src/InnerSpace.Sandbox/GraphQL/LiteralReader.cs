using System.Globalization;
using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>Turns a value written in the query into an <see cref="InputValue"/>.</summary>
internal static class LiteralReader
{
    /// <summary>
    /// Reads a value, substituting variables. Returns null for a variable the request did not
    /// provide: GraphQL treats the argument or object field holding it as left out.
    /// </summary>
    /// <param name="variables">Null where variables may not appear (default values).</param>
    public static InputValue? Read(
        GraphQLValue node,
        IReadOnlyDictionary<string, BoundVariable>? variables,
        string path)
    {
        switch (node)
        {
            case GraphQLVariable reference:
                return ReadVariable(reference, variables, path);

            case GraphQLNullValue:
                return InputValue.Null();

            case GraphQLIntValue integer:
                return ReadInt(integer, path);

            case GraphQLFloatValue number:
                return InputValue.Float(
                    double.Parse(number.Value.Span, CultureInfo.InvariantCulture));

            case GraphQLStringValue text:
                return InputValue.String(text.Value.ToString());

            case GraphQLBooleanValue boolean:
                return InputValue.Boolean(boolean.BoolValue);

            case GraphQLEnumValue enumValue:
                return InputValue.Enum(enumValue.Name.StringValue);

            case GraphQLListValue list:
                return InputValue.List(ReadItems(list, variables, path));

            case GraphQLObjectValue obj:
                return InputValue.Object(ReadFields(obj, variables, path));

            default:
                throw GraphQLErrorException.Validation(path, $"unsupported value {node.Kind}");
        }
    }

    private static InputValue? ReadVariable(
        GraphQLVariable reference,
        IReadOnlyDictionary<string, BoundVariable>? variables,
        string path)
    {
        var name = reference.Name.StringValue;
        if (variables is null)
        {
            throw GraphQLErrorException.Validation(path,
                $"variable '{name}' cannot be used in a default value");
        }

        if (!variables.TryGetValue(name, out var bound))
        {
            throw GraphQLErrorException.Validation(path, $"unbound variable '{name}'");
        }

        return bound.Value is null ? null : bound.Value with { Variable = bound };
    }

    private static InputValue ReadInt(GraphQLIntValue integer, string path)
    {
        if (!long.TryParse(integer.Value.Span, NumberStyles.AllowLeadingSign,
            CultureInfo.InvariantCulture, out var value))
        {
            throw GraphQLErrorException.Validation(path,
                $"the integer {integer.Value} does not fit in 64 bits");
        }

        return InputValue.Int(value);
    }

    private static List<InputValue> ReadItems(
        GraphQLListValue list,
        IReadOnlyDictionary<string, BoundVariable>? variables,
        string path)
    {
        var items = new List<InputValue>();
        foreach (var item in list.Values ?? [])
        {
            // A missing variable inside a list becomes null, as the spec says.
            items.Add(Read(item, variables, $"{path}[{items.Count}]") ?? InputValue.Null());
        }

        return items;
    }

    private static List<KeyValuePair<string, InputValue>> ReadFields(
        GraphQLObjectValue obj,
        IReadOnlyDictionary<string, BoundVariable>? variables,
        string path)
    {
        var fields = new List<KeyValuePair<string, InputValue>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in obj.Fields ?? [])
        {
            var name = field.Name.StringValue;
            if (!seen.Add(name))
            {
                throw GraphQLErrorException.Validation($"{path}.{name}",
                    $"the input field '{name}' is given more than once");
            }

            var value = Read(field.Value, variables, $"{path}.{name}");
            if (value is not null)
            {
                fields.Add(new KeyValuePair<string, InputValue>(name, value));
            }
        }

        return fields;
    }
}
