using System;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// Time as the retry logic sees it. Injected so that tests of backoff and Retry-After
/// check the waits that were asked for without sleeping through them.
/// </summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Waits, ending early with an exception when <paramref name="cancel"/> fires.</summary>
    Task Delay(TimeSpan duration, CancellationToken cancel);
}
