using System.Collections.Generic;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What one input of an insight cmdlet asks for, such as "building 71 on site 9": the
/// filters that pick its rows and a description for progress and error messages.
/// </summary>
public sealed class InsightScope
{
    public InsightScope(string description, IReadOnlyList<ColumnFilter> filters)
    {
        Description = description;
        Filters = filters;
    }

    public string Description { get; }

    public IReadOnlyList<ColumnFilter> Filters { get; }

    public override string ToString() => Description;
}
