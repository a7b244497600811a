namespace InnerSpace.Client;

/// <summary>
/// One column of an insight root: its name in the API, the PowerShell-style property name
/// it gets on output objects, and how its value is typed.
/// </summary>
public sealed class InsightColumn
{
    public InsightColumn(string apiName, string propertyName, ColumnKind kind)
    {
        ApiName = apiName;
        PropertyName = propertyName;
        Kind = kind;
    }

    /// <summary>The name in GraphQL, such as <c>OCCUPANCY_MEAN</c>.</summary>
    public string ApiName { get; }

    /// <summary>The name on output objects, such as <c>OccupancyMean</c>.</summary>
    public string PropertyName { get; }

    public ColumnKind Kind { get; }

    public override string ToString() => $"{ApiName} -> {PropertyName} ({Kind})";
}
