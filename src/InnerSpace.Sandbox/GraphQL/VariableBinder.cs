using System.Text.Json;
using GraphQLParser.AST;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Matches an operation's variable definitions with the request's <c>variables</c> object:
/// applies defaults, rejects missing required values and values of the wrong type.
/// </summary>
internal sealed class VariableBinder(SandboxSchema schema)
{
    public IReadOnlyDictionary<string, BoundVariable> Bind(
        GraphQLOperationDefinition operation,
        JsonElement? values)
    {
        var bound = new Dictionary<string, BoundVariable>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables?.Items ?? [])
        {
            var variable = BindOne(definition, values);
            if (!bound.TryAdd(variable.Name, variable))
            {
                throw GraphQLErrorException.Validation("$",
                    $"the variable '{variable.Name}' is declared more than once");
            }
        }

        RejectUndeclared(values, bound);
        return bound;
    }

    private BoundVariable BindOne(GraphQLVariableDefinition definition, JsonElement? values)
    {
        var name = definition.Variable.Name.StringValue;
        var path = "$.variableValues." + name;
        var type = TypeRef.FromAst(definition.Type);
        if (!schema.IsInputType(type.NamedType))
        {
            throw GraphQLErrorException.Validation("$",
                $"variable '{name}' has the unknown type '{type.NamedType}'");
        }

        InputValue? defaultValue = null;
        if (definition.DefaultValue is not null)
        {
            defaultValue = LiteralReader.Read(definition.DefaultValue, null, path)!;
            InputChecker.Expect(defaultValue, type, path);
        }

        var hasNonNullDefault = defaultValue is { Kind: not InputKind.Null };
        if (values is { } json && json.TryGetProperty(name, out var element))
        {
            var value = JsonInputReader.Read(element);
            if (value.Kind == InputKind.Null && type.NonNull)
            {
                throw GraphQLErrorException.Validation(path,
                    $"null value found for non-nullable type: '{type}'");
            }

            InputChecker.Expect(value, type, path);
            return new BoundVariable(name, type, value, hasNonNullDefault);
        }

        if (defaultValue is null && type.NonNull)
        {
            throw GraphQLErrorException.Validation("$",
                $"expecting a value for non-nullable variable: \"{name}\"");
        }

        return new BoundVariable(name, type, defaultValue, hasNonNullDefault);
    }

    // Hasura refuses values for variables the operation does not declare; the sandbox does the
    // same so that a client sending stray variables finds out here rather than in production.
    private static void RejectUndeclared(
        JsonElement? values,
        Dictionary<string, BoundVariable> bound)
    {
        if (values is not { } json)
        {
            return;
        }

        var stray = json.EnumerateObject()
            .Select(member => member.Name)
            .Where(name => !bound.ContainsKey(name))
            .ToList();
        if (stray.Count > 0)
        {
            throw GraphQLErrorException.Validation("$",
                "unexpected variables in variableValues: " + string.Join(", ", stray));
        }
    }
}
