namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// One column of a root: its GraphQL name, how its cells are typed, and where the cell sits in
/// a row array. A column may bring its own equality, for values the API treats as synonyms.
/// </summary>
internal sealed record ColumnDefinition
{
    private readonly Func<object, object, bool>? _equality;

    public ColumnDefinition(
        string name,
        ColumnType type,
        Func<object, object, bool>? equality = null)
    {
        Name = name;
        Type = type;
        _equality = equality;
    }

    public string Name { get; }

    public ColumnType Type { get; }

    /// <summary>Index of the cell in a row; set by <see cref="RootDefinition"/>.</summary>
    public int Ordinal { get; init; }

    /// <summary>True when equality is not plain value equality: never pushed down.</summary>
    public bool HasCustomEquality => _equality is not null;

    /// <summary>
    /// The GraphQL scalar the column is declared with. Timestamps are declared as String
    /// because the real type is undocumented; see CHOICES.md.
    /// </summary>
    public string GraphQLTypeName => Type switch
    {
        ColumnType.Int => "Int",
        ColumnType.Float => "Float",
        _ => "String",
    };

    /// <summary>Hasura's name of the comparison type, e.g. <c>Int_comparison_exp</c>.</summary>
    public string ComparisonTypeName => GraphQLTypeName + "_comparison_exp";

    public bool AreEqual(object cell, object operand)
    {
        return _equality?.Invoke(cell, operand) ?? ColumnValues.Compare(cell, operand) == 0;
    }
}
