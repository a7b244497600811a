using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary><c>_is_null: true</c> or <c>_is_null: false</c>.</summary>
internal sealed class IsNullFilter(ColumnDefinition column, bool wantNull) : FilterExpression
{
    public ColumnDefinition Column { get; } = column;

    public bool WantNull { get; } = wantNull;

    public override bool Matches(object?[] row)
    {
        return (row[Column.Ordinal] is null) == WantNull;
    }
}
