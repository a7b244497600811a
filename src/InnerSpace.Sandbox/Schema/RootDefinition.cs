namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// A query root declared as data: its field name, its object type name, its columns and where
/// its rows come from. Filtering, ordering and paging work on any root declared this way.
/// </summary>
internal sealed class RootDefinition
{
    private readonly Dictionary<string, ColumnDefinition> _byName;

    public RootDefinition(
        string name,
        string typeName,
        IEnumerable<ColumnDefinition> columns,
        IRowSource source,
        string? entitlementColumn = "BUILDING_ID")
    {
        Name = name;
        EntitlementColumn = entitlementColumn;
        TypeName = typeName;
        Columns = columns.Select((column, index) => column with { Ordinal = index }).ToList();
        Source = source;
        _byName = Columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
    }

    public string Name { get; }

    public string TypeName { get; }

    public IReadOnlyList<ColumnDefinition> Columns { get; }

    public IRowSource Source { get; }

    /// <summary>
    /// The column that says whose a row is, for clients limited to some buildings; null when
    /// every client may read every row of the root.
    /// </summary>
    public string? EntitlementColumn { get; }

    /// <summary>Hasura's filter type name, e.g. <c>BUILDING_INSIGHTS_bool_exp</c>.</summary>
    public string BoolExpTypeName => TypeName + "_bool_exp";

    /// <summary>Hasura's name for the root's ordering type.</summary>
    public string OrderByTypeName => TypeName + "_order_by";

    public ColumnDefinition? FindColumn(string name)
    {
        return _byName.GetValueOrDefault(name);
    }
}
