namespace InnerSpace.Sandbox.Schema;

/// <summary>Ordering of non-null cell values of the same column type.</summary>
internal static class ColumnValues
{
    /// <summary>
    /// Compares two cells, or a cell and a filter value. Strings compare by ordinal, which is
    /// stable across machines; the real service's collation is unknown. Timestamps compare as
    /// instants, and a <see cref="WallClock"/> against a cell's local clock time.
    /// </summary>
    public static int Compare(object left, object right)
    {
        return (left, right) switch
        {
            (long a, long b) => a.CompareTo(b),
            (double a, double b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateTimeOffset a, DateTimeOffset b) => a.UtcDateTime.CompareTo(b.UtcDateTime),
            (DateTimeOffset a, WallClock b) => a.DateTime.CompareTo(b.Value),
            (WallClock a, DateTimeOffset b) => a.Value.CompareTo(b.DateTime),
            (WallClock a, WallClock b) => a.Value.CompareTo(b.Value),
            _ => throw new InvalidOperationException(
                $"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
        };
    }
}
