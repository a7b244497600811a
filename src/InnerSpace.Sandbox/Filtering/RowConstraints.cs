namespace InnerSpace.Sandbox.Filtering;

/// <summary>Per-column constraints handed to a row source; a column without one is free.</summary>
internal sealed class RowConstraints
{
    private readonly Dictionary<string, ColumnConstraint> _byColumn = new(StringComparer.Ordinal);

    public static RowConstraints None { get; } = new();

    public ColumnConstraint? For(string column)
    {
        return _byColumn.GetValueOrDefault(column);
    }

    public bool Admits(string column, object value)
    {
        return For(column)?.Admits(value) ?? true;
    }

    internal ColumnConstraint GetOrAdd(string column)
    {
        if (!_byColumn.TryGetValue(column, out var constraint))
        {
            constraint = new ColumnConstraint();
            _byColumn.Add(column, constraint);
        }

        return constraint;
    }
}
