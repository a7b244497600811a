using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Ordering;

/// <summary>Compares rows key by key, as an SQL ORDER BY does.</summary>
internal sealed class RowComparer(IReadOnlyList<OrderTerm> terms) : IComparer<object?[]>
{
    public int Compare(object?[]? x, object?[]? y)
    {
        foreach (var term in terms)
        {
            var order = CompareCells(x![term.Column.Ordinal], y![term.Column.Ordinal], term);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private static int CompareCells(object? left, object? right, OrderTerm term)
    {
        if (left is null || right is null)
        {
            // Null placement is independent of the direction, as in Postgres.
            var nullOrder = (left is null).CompareTo(right is null);
            return term.NullsFirst ? -nullOrder : nullOrder;
        }

        var order = ColumnValues.Compare(left, right);
        return term.Descending ? -order : order;
    }
}
