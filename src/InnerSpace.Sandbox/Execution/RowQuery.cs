using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Ordering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Execution;

/// <summary>
/// The planned read of one root: filter, order and page. Without an order the rows stream
/// straight from the source; with one they are collected and sorted first (all of them, or
/// with a limit only offset + limit of them).
/// </summary>
internal sealed class RowQuery(
    RootDefinition root,
    FilterExpression filter,
    IReadOnlyList<OrderTerm> order,
    long? limit,
    long offset)
{
    public RootDefinition Root { get; } = root;

    public FilterExpression Filter { get; } = filter;

    public IReadOnlyList<OrderTerm> Order { get; } = order;

    public long? Limit { get; } = limit;

    public long Offset { get; } = offset;

    /// <param name="buildings">
    /// The buildings the caller may see, or null for all. Rows of other buildings are left out
    /// as if they did not exist, and the limit is pushed down like any BUILDING_ID filter.
    /// </param>
    public IEnumerable<object?[]> Execute(IReadOnlyList<long>? buildings = null)
    {
        var filter = Restrict(buildings);
        var constraints = ConstraintExtractor.Extract(filter);
        var rows = Root.Source.GetRows(constraints).Where(filter.Matches);
        if (Order.Count > 0)
        {
            // Both keep ties in the source's order. A full sort holds every matching row;
            // with a limit only the rows that can still make the page are held.
            var comparer = new RowComparer(Order);
            rows = Limit is { } cap
                ? TopRows.Take(rows, comparer, SaturatingSum(Offset, cap))
                : rows.Order(comparer);
        }

        if (Offset > 0)
        {
            rows = rows.Skip((int)Math.Min(Offset, int.MaxValue));
        }

        if (Limit is { } limit)
        {
            rows = rows.Take((int)Math.Min(limit, int.MaxValue));
        }

        return rows;
    }

    private static long SaturatingSum(long a, long b)
    {
        return b > long.MaxValue - a ? long.MaxValue : a + b;
    }

    private FilterExpression Restrict(IReadOnlyList<long>? buildings)
    {
        var column = Root.EntitlementColumn is { } name ? Root.FindColumn(name) : null;
        if (buildings is null || column is null)
        {
            return Filter;
        }

        var allowed = new InListFilter(column, buildings.Select(id => (object)id).ToList(), false);
        return new AllOfFilter([allowed, Filter]);
    }
}
