namespace InnerSpace.Sandbox.Ordering;

/// <summary>
/// The first rows of a sorted result without sorting, or holding, all of it: with an order_by
/// and a limit only offset + limit rows are kept, so <c>order_by: {...}, limit: 10</c> over
/// millions of rows needs memory for 10. Ties keep the source's order, as the full sort does.
/// </summary>
internal static class TopRows
{
    public static IEnumerable<object?[]> Take(
        IEnumerable<object?[]> rows,
        IComparer<object?[]> order,
        long count)
    {
        if (count <= 0)
        {
            yield break;
        }

        // The queue's "smallest" entry is the row that would come last, so it leaves first.
        var lastFirst = Comparer<(object?[] Row, long Arrival)>.Create((a, b) =>
        {
            var compared = order.Compare(b.Row, a.Row);
            return compared != 0 ? compared : b.Arrival.CompareTo(a.Arrival);
        });
        var kept = new PriorityQueue<object?[], (object?[] Row, long Arrival)>(lastFirst);
        var arrival = 0L;
        foreach (var row in rows)
        {
            var priority = (row, arrival++);
            if (kept.Count < count)
            {
                kept.Enqueue(row, priority);
            }
            else
            {
                kept.EnqueueDequeue(row, priority);
            }
        }

        var sorted = new object?[kept.Count][];
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            sorted[i] = kept.Dequeue();
        }

        foreach (var row in sorted)
        {
            yield return row;
        }
    }
}
