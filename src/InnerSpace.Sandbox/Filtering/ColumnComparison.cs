using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// One column compared with one value. As in SQL, a null cell matches no comparison, not even
/// <c>_neq</c>; only <c>_is_null</c> finds nulls.
/// </summary>
internal sealed class ColumnComparison(
    ColumnDefinition column,
    ComparisonOperator op,
    object operand) : FilterExpression
{
    public ColumnDefinition Column { get; } = column;

    public ComparisonOperator Operator { get; } = op;

    public object Operand { get; } = operand;

    public override bool Matches(object?[] row)
    {
        var cell = row[Column.Ordinal];
        if (cell is null)
        {
            return false;
        }

        return Operator switch
        {
            ComparisonOperator.Equal => Column.AreEqual(cell, Operand),
            ComparisonOperator.NotEqual => !Column.AreEqual(cell, Operand),
            ComparisonOperator.Greater => ColumnValues.Compare(cell, Operand) > 0,
            ComparisonOperator.GreaterOrEqual => ColumnValues.Compare(cell, Operand) >= 0,
            ComparisonOperator.Less => ColumnValues.Compare(cell, Operand) < 0,
            _ => ColumnValues.Compare(cell, Operand) <= 0,
        };
    }
}
