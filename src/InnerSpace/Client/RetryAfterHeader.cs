using System;
using System.Net.Http;

namespace InnerSpace.Client;

/// <summary>Reads both forms of Retry-After: a number of seconds, or an HTTP date.</summary>
internal static class RetryAfterHeader
{
    public static TimeSpan? WaitAskedBy(HttpResponseMessage response, DateTimeOffset now)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
        {
            return null;
        }

        if (header.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
