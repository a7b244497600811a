using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Checks a value against the type of the place it is used: the variable's declared type must
/// fit there, and the value's shape must match. Input objects are only checked to be objects;
/// their members are checked by whoever reads them.
/// </summary>
internal static class InputChecker
{
    public static void Expect(InputValue value, TypeRef location, string path)
    {
        if (value.Variable is { } variable && !IsUsageAllowed(variable, location))
        {
            throw GraphQLErrorException.Validation(path,
                $"variable '{variable.Name}' is declared as '{variable.Type}', "
                + $"but used where '{location}' is expected");
        }

        if (value.Kind == InputKind.Null)
        {
            if (location.NonNull)
            {
                throw GraphQLErrorException.Validation(path,
                    $"unexpected null value for type '{location}'");
            }

            return;
        }

        if (location.IsList)
        {
            var isList = value.Kind == InputKind.List;
            var items = ListItems(value);
            for (var i = 0; i < items.Count; i++)
            {
                Expect(items[i], location.Item!, isList ? $"{path}[{i}]" : path);
            }

            return;
        }

        ExpectNamed(value, location.Name!, path);
    }

    /// <summary>
    /// Refuses an explicit null where the sandbox gives null no meaning, such as inside a
    /// <c>where</c> argument. Hasura 2 refuses <c>_eq: null</c> instead of ignoring it (the old
    /// behaviour silently matched every row); see CHOICES.md.
    /// </summary>
    public static void RejectNull(InputValue value, string typeName, string path)
    {
        if (value.Kind == InputKind.Null)
        {
            throw GraphQLErrorException.Validation(path,
                $"unexpected null value for type '{typeName}'");
        }
    }

    /// <summary>The items of a list; GraphQL lets a single value stand for a list of one.</summary>
    public static IReadOnlyList<InputValue> ListItems(InputValue value)
    {
        return value.Kind switch
        {
            InputKind.List => value.Items,
            InputKind.Null => [],
            _ => [value],
        };
    }

    private static bool IsUsageAllowed(BoundVariable variable, TypeRef location)
    {
        if (location.NonNull && !variable.Type.NonNull)
        {
            return variable.HasNonNullDefault
                && TypeRef.IsCompatible(variable.Type, location.AsNullable());
        }

        return TypeRef.IsCompatible(variable.Type, location);
    }

    private static void ExpectNamed(InputValue value, string typeName, string path)
    {
        // Int takes any 64-bit integer, wider than the spec's 32 bits; the real API's id types
        // are undocumented and a client should not fail here for a large id (CHOICES.md).
        var (fits, wanted) = typeName switch
        {
            "Int" => (value.Kind == InputKind.Int, "an integer"),
            "Float" => (value.Kind is InputKind.Int or InputKind.Float, "a number"),
            "String" => (value.Kind == InputKind.String, "a string"),
            "ID" => (value.Kind is InputKind.String or InputKind.Int, "a string or integer"),
            "Boolean" => (value.Kind == InputKind.Boolean, "a boolean"),
            SandboxSchema.OrderByEnumName => (IsEnumLike(value), "an enum value"),
            _ => (value.Kind == InputKind.Object, "an object"),
        };

        if (!fits)
        {
            throw GraphQLErrorException.Validation(path,
                $"expected {wanted} for type '{typeName}', but found {value.Describe()}");
        }
    }

    private static bool IsEnumLike(InputValue value)
    {
        return value.Kind == InputKind.Enum
            || (value.Kind == InputKind.String && value.FromJson);
    }
}
