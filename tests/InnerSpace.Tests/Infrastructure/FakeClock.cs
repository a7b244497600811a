using System.Collections.Concurrent;
using InnerSpace.Client;

namespace InnerSpace.Tests.Infrastructure;

/// <summary>
/// A clock whose waits end at once and are recorded, so tests can check every backoff
/// and Retry-After wait without sleeping through it. Time moves on by each wait.
/// </summary>
public sealed class FakeClock : IClock
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private long _nowTicks = new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero).UtcTicks;

    public DateTimeOffset UtcNow => new(Interlocked.Read(ref _nowTicks), TimeSpan.Zero);

    public IReadOnlyList<TimeSpan> Waits => _waits.ToArray();

    public Task Delay(TimeSpan duration, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        _waits.Enqueue(duration);
        Interlocked.Add(ref _nowTicks, duration.Ticks);
        return Task.CompletedTask;
    }

    /// <summary>Moves time on without a wait, as if the caller had been idle.</summary>
    public void Advance(TimeSpan duration) => Interlocked.Add(ref _nowTicks, duration.Ticks);

    /// <summary>Options that wait on this clock with no jitter: each wait is exact.</summary>
    public InnerSpaceSessionOptions Options(double maxRetrySeconds = 60) => new()
    {
        Clock = this,
        Jitter = () => 1.0,
        MaxRetryTime = TimeSpan.FromSeconds(maxRetrySeconds),
    };
}
