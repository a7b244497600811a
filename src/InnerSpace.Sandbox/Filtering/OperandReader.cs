using InnerSpace.Sandbox.GraphQL;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>Reads the right-hand side of a comparison into a cell of the column's type.</summary>
internal static class OperandReader
{
    public static object Read(
        ColumnDefinition column,
        InputValue operand,
        string path,
        TimestampFormat format)
    {
        InputChecker.Expect(operand, TypeRef.Named(column.GraphQLTypeName), path);
        InputChecker.RejectNull(operand, column.GraphQLTypeName, path);
        return column.Type switch
        {
            ColumnType.Int => operand.IntValue,
            ColumnType.Float => operand.Kind == InputKind.Int
                ? (double)operand.IntValue
                : operand.FloatValue,
            ColumnType.Timestamp => ReadTimestamp(operand.Text, path, format),
            _ => operand.Text,
        };
    }

    /// <summary>Reads the list operand of <c>_in</c> and <c>_nin</c>.</summary>
    public static List<object> ReadList(
        ColumnDefinition column,
        InputValue operand,
        string path,
        TimestampFormat format)
    {
        var itemType = TypeRef.Named(column.GraphQLTypeName).AsNonNull();
        var listType = TypeRef.ListOf(itemType);
        InputChecker.Expect(operand, listType, path);
        InputChecker.RejectNull(operand, listType.ToString(), path);

        var isList = operand.Kind == InputKind.List;
        return InputChecker.ListItems(operand)
            .Select((item, i) => Read(column, item, isList ? $"{path}[{i}]" : path, format))
            .ToList();
    }

    private static object ReadTimestamp(string text, string path, TimestampFormat format)
    {
        if (!TimestampText.TryParse(text, format, out var value))
        {
            throw GraphQLErrorException.Validation(path,
                $"'{text}' is not an ISO 8601 timestamp such as 2025-05-01T05:00:00.000Z");
        }

        return value;
    }
}
