using System;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>The real clock.</summary>
public sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new();

    private SystemClock()
    {
    }

    public DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    public Task Delay(TimeSpan duration, CancellationToken cancel) => Task.Delay(duration, cancel);
}
