namespace InnerSpace.Tests.Sandbox;

/// <summary>A clock that moves only when told, so expiry is tested without sleeping.</summary>
internal sealed class ManualClock : TimeProvider
{
    private readonly object _gate = new();
    private DateTimeOffset _now = new(2025, 5, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }
}
