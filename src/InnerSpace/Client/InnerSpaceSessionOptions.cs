using System;
using System.Net;

namespace InnerSpace.Client;

/// <summary>How a session sends its requests: retries, timeouts and proxy.</summary>
public sealed class InnerSpaceSessionOptions
{
    /// <summary>The most time spent waiting between retries of one request, in total.</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may wait for the answer's headers.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The first backoff wait; each later one doubles, with jitter.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest single backoff wait the client chooses itself.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A proxy for every request; null uses the system's proxy settings.</summary>
    public IWebProxy? Proxy { get; set; }

    /// <summary>Replaced in tests so that waits are recorded instead of slept.</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>A number in [0, 1) for jitter; replaced in tests to make waits exact.</summary>
    public Func<double> Jitter { get; set; } = SharedRandom.NextDouble;

    internal void Validate()
    {
        if (MaxRetryTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryTime), MaxRetryTime,
                "The retry time cannot be negative.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout,
                "The request timeout must be longer than zero.");
        }
    }
}
