using System;
using System.Collections.Generic;
using System.Linq;

namespace InnerSpace.Client;

/// <summary>
/// The declaration of one root of the API: its GraphQL name, its columns, the order its
/// rows come in and the class its rows become. Everything else (query building, date
/// splitting, paging, parallel fetch, typing) is shared, so a new root is one more
/// declaration in <see cref="ApiRoots"/>.
/// </summary>
public sealed class ApiRoot
{
    private readonly Dictionary<string, ApiColumn> _byName;

    public ApiRoot(
        string rootField,
        Type rowType,
        Func<object> createRow,
        IReadOnlyList<string> orderBy,
        IReadOnlyList<ApiColumn> columns)
    {
        RootField = rootField;
        OrderBy = orderBy;
        OutputTypeName = rowType.FullName!;
        CreateRow = createRow;
        Columns = columns;
        _byName = new Dictionary<string, ApiColumn>(StringComparer.OrdinalIgnoreCase);

        foreach (var column in columns)
        {
            _byName[column.ApiName] = column;
            _byName[column.PropertyName] = column;
        }
    }

    /// <summary>The root field in GraphQL, such as <c>BUILDING_INSIGHTS</c>.</summary>
    public string RootField { get; }

    /// <summary>The PowerShell type name of output objects, which views are keyed on.</summary>
    public string OutputTypeName { get; }

    /// <summary>The columns rows are sorted by, ascending, so every answer has a stable order.</summary>
    public IReadOnlyList<string> OrderBy { get; }

    /// <summary>A new, empty row object whose columns <see cref="ApiColumn.Assign"/> sets.</summary>
    public Func<object> CreateRow { get; }

    /// <summary>The known columns, in the order output objects show them.</summary>
    public IReadOnlyList<ApiColumn> Columns { get; }

    /// <summary>
    /// The column for a name a user typed, in API form (<c>OCCUPANCY_MEAN</c>) or property
    /// form (<c>OccupancyMean</c>), ignoring case; null for a name the module does not know.
    /// </summary>
    public ApiColumn? Find(string name) => _byName.TryGetValue(name, out var column) ? column : null;

    /// <summary>
    /// The API names to select for the names a user asked for, known columns in declared
    /// order first, unknown names after them as typed: the API may have fields the module
    /// does not know yet, and the server will say if a name is wrong.
    /// </summary>
    public IReadOnlyList<string> Selection(IEnumerable<string>? requested)
    {
        if (requested is null)
        {
            return Columns.Select(column => column.ApiName).ToArray();
        }

        var names = requested.Where(name => !string.IsNullOrWhiteSpace(name)).ToArray();
        var known = Columns.Where(column => names.Any(name => Find(name) == column))
            .Select(column => column.ApiName);
        var unknown = names.Where(name => Find(name) is null).Distinct(StringComparer.Ordinal);

        return known.Concat(unknown).ToArray();
    }

    /// <summary>
    /// Whether rows of this selection can be the root's typed row objects: only when every
    /// known column, and nothing else, is selected. Any other selection gets objects with
    /// exactly the properties asked for.
    /// </summary>
    public bool IsFullSelection(IReadOnlyList<string> selection) =>
        selection.Count == Columns.Count
        && Columns.Select(column => column.ApiName).SequenceEqual(selection, StringComparer.Ordinal);

    public override string ToString() => RootField;
}
