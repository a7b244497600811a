namespace InnerSpace.Client;

/// <summary>One comparison in a <c>where</c> argument, such as <c>BUILDING_ID: {_eq: 71}</c>.</summary>
public sealed class ColumnFilter
{
    public ColumnFilter(string column, string comparison, object value, string graphQLType)
    {
        Column = column;
        Comparison = comparison;
        Value = value;
        GraphQLType = graphQLType;
    }

    /// <summary>The API name of the column.</summary>
    public string Column { get; }

    /// <summary>A Hasura-style operator: <c>_eq</c>, <c>_gte</c>, <c>_lte</c>...</summary>
    public string Comparison { get; }

    /// <summary>The value; it travels as a GraphQL variable, never in the query text.</summary>
    public object Value { get; }

    /// <summary>The variable's GraphQL type, such as <c>Int!</c>.</summary>
    public string GraphQLType { get; }

    public override string ToString() => $"{Column} {Comparison} {Value}";
}
