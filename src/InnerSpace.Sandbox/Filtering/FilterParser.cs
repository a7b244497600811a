using InnerSpace.Sandbox.GraphQL;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// Reads a Hasura <c>where</c> argument (<c>ROOT_bool_exp</c>) into a filter. Several members of
/// one object are ANDed, as in Hasura. Errors name the culprit and point at it with a path.
/// </summary>
internal sealed class FilterParser(RootDefinition root, TimestampFormat timestampFormat)
{
    private TypeRef BoolExpType => TypeRef.Named(root.BoolExpTypeName);

    /// <summary>Parses the argument; a missing or null <c>where</c> matches every row.</summary>
    public FilterExpression Parse(InputValue? where, string path)
    {
        if (where is null)
        {
            return new AllOfFilter([]);
        }

        InputChecker.Expect(where, BoolExpType, path);
        return where.Kind == InputKind.Null ? new AllOfFilter([]) : ParseBoolExp(where, path);
    }

    private FilterExpression ParseBoolExp(InputValue value, string path)
    {
        InputChecker.Expect(value, BoolExpType, path);
        InputChecker.RejectNull(value, root.BoolExpTypeName, path);

        var terms = new List<FilterExpression>();
        foreach (var (name, member) in value.Fields)
        {
            var memberPath = $"{path}.{name}";
            terms.Add(name switch
            {
                "_and" => new AllOfFilter(ParseList(member, memberPath)),
                "_or" => new AnyOfFilter(ParseList(member, memberPath)),
                "_not" => new NotFilter(ParseBoolExp(member, memberPath)),
                _ => ParseColumn(name, member, memberPath),
            });
        }

        return terms.Count == 1 ? terms[0] : new AllOfFilter(terms);
    }

    private List<FilterExpression> ParseList(InputValue value, string path)
    {
        var listType = TypeRef.ListOf(BoolExpType.AsNonNull());
        InputChecker.Expect(value, listType, path);
        InputChecker.RejectNull(value, listType.ToString(), path);

        var isList = value.Kind == InputKind.List;
        return InputChecker.ListItems(value)
            .Select((item, i) => ParseBoolExp(item, isList ? $"{path}[{i}]" : path))
            .ToList();
    }

    private FilterExpression ParseColumn(string name, InputValue value, string path)
    {
        var column = root.FindColumn(name) ?? throw GraphQLErrorException.Validation(path,
            $"field '{name}' not found in type: '{root.BoolExpTypeName}'");
        InputChecker.Expect(value, TypeRef.Named(column.ComparisonTypeName), path);
        InputChecker.RejectNull(value, column.ComparisonTypeName, path);

        var terms = value.Fields
            .Select(member => ParseOperator(column, member.Key, member.Value,
                $"{path}.{member.Key}", timestampFormat))
            .ToList();
        return terms.Count == 1 ? terms[0] : new AllOfFilter(terms);
    }

    private static FilterExpression ParseOperator(
        ColumnDefinition column,
        string op,
        InputValue operand,
        string path,
        TimestampFormat format)
    {
        return op switch
        {
            "_eq" => Compare(column, ComparisonOperator.Equal, operand, path, format),
            "_neq" => Compare(column, ComparisonOperator.NotEqual, operand, path, format),
            "_gt" => Compare(column, ComparisonOperator.Greater, operand, path, format),
            "_gte" => Compare(column, ComparisonOperator.GreaterOrEqual, operand, path, format),
            "_lt" => Compare(column, ComparisonOperator.Less, operand, path, format),
            "_lte" => Compare(column, ComparisonOperator.LessOrEqual, operand, path, format),
            "_in" => List(column, operand, path, format, negated: false),
            "_nin" => List(column, operand, path, format, negated: true),
            "_is_null" => IsNull(column, operand, path),
            _ => throw GraphQLErrorException.Validation(path,
                $"field '{op}' not found in type: '{column.ComparisonTypeName}'"),
        };
    }

    private static ColumnComparison Compare(
        ColumnDefinition column,
        ComparisonOperator op,
        InputValue operand,
        string path,
        TimestampFormat format)
    {
        return new ColumnComparison(column, op, OperandReader.Read(column, operand, path, format));
    }

    private static InListFilter List(
        ColumnDefinition column,
        InputValue operand,
        string path,
        TimestampFormat format,
        bool negated)
    {
        return new InListFilter(
            column, OperandReader.ReadList(column, operand, path, format), negated);
    }

    private static IsNullFilter IsNull(ColumnDefinition column, InputValue operand, string path)
    {
        InputChecker.Expect(operand, TypeRef.Named("Boolean"), path);
        InputChecker.RejectNull(operand, "Boolean", path);
        return new IsNullFilter(column, operand.BooleanValue);
    }
}
