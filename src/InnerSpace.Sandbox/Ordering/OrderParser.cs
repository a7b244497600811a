using InnerSpace.Sandbox.GraphQL;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Ordering;

/// <summary>
/// Reads Hasura's <c>order_by</c>: one object (<c>{A: desc}</c>) or a list of objects
/// (<c>[{A: asc}, {B: desc}]</c>). Keys within one object apply in the order written.
/// </summary>
internal static class OrderParser
{
    // Hasura's directions; plain asc puts nulls last and plain desc puts them first.
    private static readonly Dictionary<string, (bool Descending, bool NullsFirst)> Directions =
        new(StringComparer.Ordinal)
        {
            ["asc"] = (false, false),
            ["asc_nulls_first"] = (false, true),
            ["asc_nulls_last"] = (false, false),
            ["desc"] = (true, true),
            ["desc_nulls_first"] = (true, true),
            ["desc_nulls_last"] = (true, false),
        };

    public static IReadOnlyList<OrderTerm> Parse(
        RootDefinition root,
        InputValue? value,
        string path)
    {
        if (value is null)
        {
            return [];
        }

        var itemType = TypeRef.Named(root.OrderByTypeName);
        InputChecker.Expect(value, TypeRef.ListOf(itemType.AsNonNull()), path);

        var isList = value.Kind == InputKind.List;
        var items = InputChecker.ListItems(value);
        var terms = new List<OrderTerm>();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = isList ? $"{path}[{i}]" : path;
            foreach (var (name, direction) in items[i].Fields)
            {
                terms.Add(ReadTerm(root, name, direction, $"{itemPath}.{name}"));
            }
        }

        return terms;
    }

    private static OrderTerm ReadTerm(
        RootDefinition root,
        string name,
        InputValue direction,
        string path)
    {
        var column = root.FindColumn(name) ?? throw GraphQLErrorException.Validation(path,
            $"field '{name}' not found in type: '{root.OrderByTypeName}'");
        InputChecker.Expect(direction, TypeRef.Named(SandboxSchema.OrderByEnumName), path);
        InputChecker.RejectNull(direction, SandboxSchema.OrderByEnumName, path);

        if (!Directions.TryGetValue(direction.Text, out var parsed))
        {
            throw GraphQLErrorException.Validation(path,
                $"expected one of {string.Join(", ", Directions.Keys)} for type "
                + $"'{SandboxSchema.OrderByEnumName}', but found '{direction.Text}'");
        }

        return new OrderTerm(column, parsed.Descending, parsed.NullsFirst);
    }
}
