using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Ordering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Execution;

/// <summary>
/// The planned read of one root: filter, order and page. Without an order the rows stream
/// straight from the source; with one they are collected and sorted first.
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

    public IEnumerable<object?[]> Execute()
    {
        var constraints = ConstraintExtractor.Extract(Filter);
        var rows = Root.Source.GetRows(constraints).Where(Filter.Matches);
        if (Order.Count > 0)
        {
            // Enumerable.Order is a stable sort, so ties keep the source's order.
            rows = rows.Order(new RowComparer(Order));
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
}
