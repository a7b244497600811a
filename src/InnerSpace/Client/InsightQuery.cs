using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace InnerSpace.Client;

/// <summary>
/// One request for rows of an insight root: the columns to select, the filters, the time
/// order and optional paging. Filter values and paging travel only as variables.
/// </summary>
public sealed class InsightQuery
{
    private const string OperationName = "InsightRows";

    public InsightQuery(ApiRoot root, IReadOnlyList<string> selection, IReadOnlyList<ColumnFilter> filters)
    {
        Root = root;
        Selection = selection;
        Filters = filters;
    }

    public ApiRoot Root { get; }

    /// <summary>API names of the columns to select.</summary>
    public IReadOnlyList<string> Selection { get; }

    public IReadOnlyList<ColumnFilter> Filters { get; }

    /// <summary>The most rows to return; the server's own limit when null.</summary>
    public long? Limit { get; set; }

    /// <summary>How many rows to skip first.</summary>
    public long? Offset { get; set; }

    /// <summary>The partition filters for some local days: one day, or a range.</summary>
    public static IEnumerable<ColumnFilter> DayFilters(DateSpan days)
    {
        if (days.First == days.Last)
        {
            yield return new ColumnFilter("DATE_PARTITION", "_eq", PartitionOf(days.First), "Int!");
            yield break;
        }

        yield return new ColumnFilter("DATE_PARTITION", "_gte", PartitionOf(days.First), "Int!");
        yield return new ColumnFilter("DATE_PARTITION", "_lte", PartitionOf(days.Last), "Int!");
    }

    /// <summary>The partition key of a day: 2025-05-01 becomes 20250501.</summary>
    public static int PartitionOf(System.DateTime day) =>
        int.Parse(day.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public GraphQLRequest ToRequest()
    {
        var variables = new Dictionary<string, object?>();
        var definitions = new List<string>();
        var conditions = new List<string>();

        foreach (var column in Filters.GroupBy(filter => filter.Column))
        {
            var comparisons = new List<string>();
            foreach (var filter in column)
            {
                var name = "v" + variables.Count.ToString(CultureInfo.InvariantCulture);
                variables[name] = filter.Value;
                definitions.Add($"${name}: {filter.GraphQLType}");
                comparisons.Add($"{filter.Comparison}: ${name}");
            }

            conditions.Add($"{column.Key}: {{{string.Join(", ", comparisons)}}}");
        }

        var arguments = new List<string>
        {
            $"where: {{{string.Join(", ", conditions)}}}",
            $"order_by: [{string.Join(", ", Root.OrderBy.Select(column => $"{{{column}: asc}}"))}]",
        };
        AddPaging("limit", Limit, variables, definitions, arguments);
        AddPaging("offset", Offset, variables, definitions, arguments);

        var query = new StringBuilder()
            .Append("query ").Append(OperationName)
            .Append(definitions.Count == 0 ? "" : "(" + string.Join(", ", definitions) + ")")
            .Append(" {\n  ").Append(Root.RootField).Append("(\n    ")
            .Append(string.Join("\n    ", arguments))
            .Append("\n  ) {\n")
            .Append(string.Concat(Selection.Select(name => "    " + name + "\n")))
            .Append("  }\n}\n")
            .ToString();

        return new GraphQLRequest(query, variables, OperationName);
    }

    private static void AddPaging(
        string name,
        long? value,
        Dictionary<string, object?> variables,
        List<string> definitions,
        List<string> arguments)
    {
        if (value is null)
        {
            return;
        }

        variables[name] = value.Value;
        definitions.Add($"${name}: Int!");
        arguments.Add($"{name}: ${name}");
    }
}
