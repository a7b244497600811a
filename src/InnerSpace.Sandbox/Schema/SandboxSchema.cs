namespace InnerSpace.Sandbox.Schema;

/// <summary>The set of roots the sandbox serves, plus the type names GraphQL checks need.</summary>
internal sealed class SandboxSchema
{
    /// <summary>Hasura's query type name, answered by a top-level <c>__typename</c>.</summary>
    public const string QueryTypeName = "query_root";

    /// <summary>Hasura's enum of ordering directions.</summary>
    public const string OrderByEnumName = "order_by";

    private static readonly string[] Scalars = ["Int", "Float", "String", "Boolean", "ID"];

    private readonly Dictionary<string, RootDefinition> _roots;
    private readonly HashSet<string> _inputTypes;
    private readonly HashSet<string> _objectTypes;

    public SandboxSchema(
        IEnumerable<RootDefinition> roots,
        TimestampFormat timestampFormat = TimestampFormat.Utc)
    {
        TimestampFormat = timestampFormat;
        _roots = roots.ToDictionary(root => root.Name, StringComparer.Ordinal);
        _objectTypes = [QueryTypeName, .. _roots.Values.Select(root => root.TypeName)];

        var comparisons = _roots.Values
            .SelectMany(root => root.Columns)
            .Select(column => column.ComparisonTypeName);
        _inputTypes = [.. Scalars, OrderByEnumName, .. comparisons];
        foreach (var root in _roots.Values)
        {
            _inputTypes.Add(root.BoolExpTypeName);
            _inputTypes.Add(root.OrderByTypeName);
        }
    }

    public IReadOnlyCollection<RootDefinition> Roots => _roots.Values;

    /// <summary>How timestamps are written, and how filter values without offset read.</summary>
    public TimestampFormat TimestampFormat { get; }

    public RootDefinition? FindRoot(string name)
    {
        return _roots.GetValueOrDefault(name);
    }

    /// <summary>True for every type a variable may be declared with.</summary>
    public bool IsInputType(string name)
    {
        return _inputTypes.Contains(name);
    }

    /// <summary>True for the types a fragment's type condition may name.</summary>
    public bool IsObjectType(string name)
    {
        return _objectTypes.Contains(name);
    }

    public static bool IsScalar(string name)
    {
        return Scalars.Contains(name);
    }
}
