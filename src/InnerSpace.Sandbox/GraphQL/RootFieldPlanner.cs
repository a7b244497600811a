using GraphQLParser.AST;
using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Ordering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Validates one top-level field and plans its read: the root, its four arguments and the
/// columns to write. Every error is raised here, before any output.
/// </summary>
internal sealed class RootFieldPlanner(SandboxSchema schema, SelectionCollector collector)
{
    private static readonly string[] ArgumentNames = ["where", "order_by", "limit", "offset"];

    public RootFieldPlan Plan(CollectedField field)
    {
        var path = "$.selectionSet." + field.ResponseKey;
        if (field.Name == "__typename")
        {
            RejectArgumentsAndSelections(field, path);
            return new RootFieldPlan(field.ResponseKey, null, []);
        }

        if (field.Name is "__schema" or "__type")
        {
            // Undocumented for InnerSpace; the v2 example turns schema fetching off (CHOICES.md).
            throw GraphQLErrorException.Validation(path,
                "introspection is not available in the sandbox");
        }

        var root = schema.FindRoot(field.Name) ?? throw GraphQLErrorException.Validation(path,
            $"field '{field.Name}' not found in type: '{SandboxSchema.QueryTypeName}'");
        var arguments = ReadArguments(root, field.Nodes[0], path);
        var filter = new FilterParser(root, schema.TimestampFormat)
            .Parse(arguments.GetValueOrDefault("where"), path + ".args.where");
        var order = OrderParser
            .Parse(root, arguments.GetValueOrDefault("order_by"), path + ".args.order_by");
        var query = new RowQuery(root, filter, order,
            ReadCount(arguments, "limit", path), ReadCount(arguments, "offset", path) ?? 0);
        return new RootFieldPlan(field.ResponseKey, query, PlanColumns(root, field, path));
    }

    private Dictionary<string, InputValue> ReadArguments(
        RootDefinition root,
        GraphQLField node,
        string path)
    {
        var arguments = new Dictionary<string, InputValue>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in node.Arguments?.Items ?? [])
        {
            var name = argument.Name.StringValue;
            var argumentPath = $"{path}.args.{name}";
            if (!ArgumentNames.Contains(name))
            {
                throw GraphQLErrorException.Validation(argumentPath,
                    $"'{root.Name}' has no argument named '{name}'");
            }

            if (!seen.Add(name))
            {
                throw GraphQLErrorException.Validation(argumentPath,
                    $"the argument '{name}' is given more than once");
            }

            // A variable the request left out makes the argument absent, as the spec says.
            var value = LiteralReader.Read(argument.Value, collector.Variables, argumentPath);
            if (value is not null)
            {
                arguments[name] = value;
            }
        }

        return arguments;
    }

    private static long? ReadCount(
        Dictionary<string, InputValue> arguments,
        string name,
        string path)
    {
        if (!arguments.TryGetValue(name, out var value))
        {
            return null;
        }

        var argumentPath = $"{path}.args.{name}";
        InputChecker.Expect(value, TypeRef.Named("Int"), argumentPath);
        if (value.Kind == InputKind.Null)
        {
            return null;
        }

        if (value.IntValue < 0)
        {
            throw GraphQLErrorException.Validation(argumentPath, $"'{name}' must not be negative");
        }

        return value.IntValue;
    }

    private List<OutputColumn> PlanColumns(RootDefinition root, CollectedField field, string path)
    {
        var sets = field.SelectionSets.ToList();
        if (sets.Count == 0)
        {
            throw GraphQLErrorException.Validation(path,
                $"missing selection set for '{field.Name}'");
        }

        var columns = new List<OutputColumn>();
        foreach (var selected in collector.Collect(sets, root.TypeName, path))
        {
            var columnPath = $"{path}.selectionSet.{selected.ResponseKey}";
            RejectArgumentsAndSelections(selected, columnPath);
            if (selected.Name == "__typename")
            {
                columns.Add(new OutputColumn(selected.ResponseKey, null));
                continue;
            }

            var column = root.FindColumn(selected.Name) ?? throw GraphQLErrorException.Validation(
                columnPath, $"field '{selected.Name}' not found in type: '{root.TypeName}'");
            columns.Add(new OutputColumn(selected.ResponseKey, column));
        }

        return columns;
    }

    private static void RejectArgumentsAndSelections(CollectedField field, string path)
    {
        var withArguments = field.Nodes.FirstOrDefault(node => node.Arguments is { Count: > 0 });
        if (withArguments is not null)
        {
            var argument = withArguments.Arguments![0].Name.StringValue;
            throw GraphQLErrorException.Validation($"{path}.args.{argument}",
                $"'{field.Name}' has no argument named '{argument}'");
        }

        if (field.SelectionSets.Any())
        {
            throw GraphQLErrorException.Validation(path,
                $"'{field.Name}' is a scalar and cannot have a selection set");
        }
    }
}
