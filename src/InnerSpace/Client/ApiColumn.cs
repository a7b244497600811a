using System;

namespace InnerSpace.Client;

/// <summary>
/// One column of an insight root: its name in the API, the PowerShell-style property name
/// it gets on output objects, and how its value is typed.
/// </summary>
public sealed class ApiColumn
{
    public ApiColumn(
        string apiName,
        string propertyName,
        ColumnKind kind,
        Action<object, object?>? assign = null)
    {
        ApiName = apiName;
        PropertyName = propertyName;
        Kind = kind;
        Assign = assign;
    }

    /// <summary>The name in GraphQL, such as <c>OCCUPANCY_MEAN</c>.</summary>
    public string ApiName { get; }

    /// <summary>The name on output objects, such as <c>OccupancyMean</c>.</summary>
    public string PropertyName { get; }

    public ColumnKind Kind { get; }

    /// <summary>Sets the column's typed value on a row object of the root's row type.</summary>
    public Action<object, object?>? Assign { get; }

    public override string ToString() => $"{ApiName} -> {PropertyName} ({Kind})";
}
