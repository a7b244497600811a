namespace InnerSpace.Sandbox.Schema;

/// <summary>Ordering of non-null cell values of the same column type.</summary>
internal static class ColumnValues
{
    /// <summary>
    /// Compares two cells. Strings compare by ordinal, which is stable across machines; the
    /// real service's collation is unknown.
    /// </summary>
    public static int Compare(object left, object right)
    {
        return (left, right) switch
        {
            (long a, long b) => a.CompareTo(b),
            (double a, double b) => a.CompareTo(b),
            (string a, string b) => string.CompareOrdinal(a, b),
            (DateTime a, DateTime b) => a.CompareTo(b),
            _ => throw new InvalidOperationException(
                $"Cannot compare {left.GetType().Name} with {right.GetType().Name}."),
        };
    }
}
