namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// Faults waiting to be served, in the order they were posted. Each request to an endpoint
/// takes one use from the first entry aimed at that endpoint. Safe to use from many requests.
/// </summary>
internal sealed class FaultQueue
{
    private readonly object _gate = new();
    private readonly List<FaultEntry> _pending = [];

    public void Enqueue(IEnumerable<FaultEntry> entries)
    {
        lock (_gate)
        {
            _pending.AddRange(entries);
        }
    }

    /// <summary>Takes one use of the first fault for <paramref name="target"/>, if any.</summary>
    public FaultEntry? TryTake(FaultTarget target)
    {
        lock (_gate)
        {
            var index = _pending.FindIndex(entry => entry.Target == target);
            if (index < 0)
            {
                return null;
            }

            var entry = _pending[index];
            if (entry.Count <= 1)
            {
                _pending.RemoveAt(index);
            }
            else
            {
                _pending[index] = entry with { Count = entry.Count - 1 };
            }

            return entry with { Count = 1 };
        }
    }

    /// <summary>The pending entries, each with the number of uses it has left.</summary>
    public IReadOnlyList<FaultEntry> Snapshot()
    {
        lock (_gate)
        {
            return _pending.ToList();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _pending.Clear();
        }
    }
}
