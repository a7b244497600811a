using System.Collections.Generic;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What one input of an insight cmdlet asks for, such as "building 71 on site 9": the
/// filters that pick its rows and a description for progress and error messages.
/// </summary>
public sealed class InsightScope
{
    public InsightScope(string description, IReadOnlyList<ColumnFilter> filters, DateSpan? days)
    {
        Description = description;
        Filters = filters;
        Days = days;
    }

    public string Description { get; }

    public IReadOnlyList<ColumnFilter> Filters { get; }

    /// <summary>The local days asked for with this input; null for roots without days.</summary>
    public DateSpan? Days { get; }

    public override string ToString() => Description;
}
