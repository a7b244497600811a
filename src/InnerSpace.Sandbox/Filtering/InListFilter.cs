using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// <c>_in</c> and, negated, <c>_nin</c>. An empty <c>_in</c> matches nothing and an empty
/// <c>_nin</c> matches every non-null cell.
/// </summary>
internal sealed class InListFilter(
    ColumnDefinition column,
    IReadOnlyList<object> operands,
    bool negated) : FilterExpression
{
    public ColumnDefinition Column { get; } = column;

    public IReadOnlyList<object> Operands { get; } = operands;

    public bool Negated { get; } = negated;

    public override bool Matches(object?[] row)
    {
        var cell = row[Column.Ordinal];
        if (cell is null)
        {
            return false;
        }

        var found = false;
        foreach (var operand in Operands)
        {
            if (Column.AreEqual(cell, operand))
            {
                found = true;
                break;
            }
        }

        return found != Negated;
    }
}
