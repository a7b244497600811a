using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace InnerSpace.Client;

/// <summary>
/// The declaration of one root of the API: its GraphQL name, its columns, the order its
/// rows come in and the class its rows become. Everything else (query building, date
/// splitting, paging, parallel fetch, typing) is shared, so a new root is one more
/// declaration in <see cref="ApiRoots"/>.
/// </summary>
public sealed class ApiRoot
{
    private static readonly char[] WildcardCharacters = { '*', '?' };
    private static readonly Regex GraphQLName = new("^[_A-Za-z][_0-9A-Za-z]*$", RegexOptions.CultureInvariant);

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
    /// The API names to select for the names a user asked for, in the user's order:
    /// known columns by either name and in any case, wildcards over the known columns
    /// (<c>*</c>, <c>Occ*</c>), and other names as typed, since the API may have fields the
    /// module does not know yet and the server will say if one is wrong. A name that could
    /// not be a GraphQL field, or a wildcard that matches nothing, raises
    /// <see cref="ArgumentException"/>: names go into the query text, so nothing else may.
    /// </summary>
    public IReadOnlyList<string> Selection(IEnumerable<string>? requested)
    {
        if (requested is null)
        {
            return Columns.Select(column => column.ApiName).ToArray();
        }

        var selection = new List<string>();
        foreach (var name in requested.Where(name => !string.IsNullOrWhiteSpace(name)).Select(name => name.Trim()))
        {
            selection.AddRange(Resolve(name));
        }

        return selection.Distinct(StringComparer.Ordinal).ToArray();
    }

    private IEnumerable<string> Resolve(string name)
    {
        if (name.IndexOfAny(WildcardCharacters) >= 0)
        {
            var pattern = new Regex("^" + Regex.Escape(name).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var matches = Columns
                .Where(column => pattern.IsMatch(column.PropertyName) || pattern.IsMatch(column.ApiName))
                .Select(column => column.ApiName)
                .ToArray();

            return matches.Length > 0
                ? matches
                : throw new ArgumentException($"-Property '{name}' matches none of the known " +
                    $"properties of {RootField}: {string.Join(", ", Columns.Select(c => c.PropertyName))}.");
        }

        if (Find(name) is { } known)
        {
            return new[] { known.ApiName };
        }

        return GraphQLName.IsMatch(name)
            ? new[] { name }
            : throw new ArgumentException($"-Property '{name}' cannot be a field of {RootField}: " +
                "field names are letters, digits and underscores, not starting with a digit.");
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
