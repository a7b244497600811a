using InnerSpace.Client;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class OrderedFetcherTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Results_RequestsOfUnevenSpeed_ComeOutInRequestOrder(int throttle)
    {
        // Early requests are the slowest, so a naive parallel merge would reorder them.
        var requests = Enumerable.Range(0, 6)
            .Select(index => Request(index, rows: 50, delayMs: (6 - index) * 5))
            .ToList();
        using var fetcher = new OrderedFetcher<int>(requests, throttle, 8, CancellationToken.None);

        var values = fetcher.Results(() => { }).Where(item => item.HasValue)
            .Select(item => item.Value).ToList();

        Assert.Equal(Enumerable.Range(0, 6).SelectMany(index => Enumerable.Range(index * 1000, 50)),
            values);
    }

    [Fact]
    public void Results_ThrottleOfThree_NeverRunsMoreThanThreeAtOnce()
    {
        var running = 0;
        var most = 0;
        var requests = Enumerable.Range(0, 12).Select(index =>
            (Func<CancellationToken, IEnumerable<int>>)(_ => Tracked(index))).ToList();
        using var fetcher = new OrderedFetcher<int>(requests, 3, 4, CancellationToken.None);

        var count = fetcher.Results(() => { }).Count(item => item.HasValue);

        Assert.Equal(12 * 5, count);
        Assert.InRange(most, 2, 3);

        IEnumerable<int> Tracked(int index)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            try
            {
                for (var row = 0; row < 5; row++)
                {
                    Thread.Sleep(5);
                    yield return row;
                }
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }

    [Fact]
    public void Results_OneRequestFails_OthersStillDeliverAndFailureKeepsItsPlace()
    {
        var requests = new List<Func<CancellationToken, IEnumerable<int>>>
        {
            Request(0, rows: 3, delayMs: 0),
            _ => FailAfter(2),
            Request(2, rows: 3, delayMs: 0),
        };
        using var fetcher = new OrderedFetcher<int>(requests, 3, 8, CancellationToken.None);

        var items = fetcher.Results(() => { }).ToList();

        Assert.Equal(new[] { 0, 1, 2, 10, 11, 2000, 2001, 2002 },
            items.Where(item => item.HasValue).Select(item => item.Value));
        var failure = Assert.Single(items, item => item.Failure is not null);
        Assert.Equal(1, failure.Index);
        Assert.Equal("broken at row 2", failure.Failure!.Message);
        Assert.Equal(3, items.Count(item => item.IsEnd));
    }

    [Fact]
    public void Dispose_WhileLaterRequestsAreRunning_CancelsThem()
    {
        var cancelled = 0;
        var requests = Enumerable.Range(0, 4).Select(index =>
            (Func<CancellationToken, IEnumerable<int>>)(cancel => Endless(cancel))).ToList();

        using (var fetcher = new OrderedFetcher<int>(requests, 4, 2, CancellationToken.None))
        {
            Assert.Equal(3, fetcher.Results(() => { }).Take(3).Count());
        }

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref cancelled) < 4 && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(10);
        }

        Assert.Equal(4, Volatile.Read(ref cancelled));

        IEnumerable<int> Endless(CancellationToken cancel)
        {
            try
            {
                for (var row = 0; ; row++)
                {
                    cancel.WaitHandle.WaitOne(2);
                    cancel.ThrowIfCancellationRequested();
                    yield return row;
                }
            }
            finally
            {
                Interlocked.Increment(ref cancelled);
            }
        }
    }

    private static Func<CancellationToken, IEnumerable<int>> Request(int index, int rows, int delayMs) =>
        _ => Rows(index, rows, delayMs);

    private static IEnumerable<int> Rows(int index, int rows, int delayMs)
    {
        Thread.Sleep(delayMs);
        for (var row = 0; row < rows; row++)
        {
            yield return index * 1000 + row;
        }
    }

    private static IEnumerable<int> FailAfter(int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            yield return 10 + row;
        }

        throw new InvalidOperationException($"broken at row {rows}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value
            && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
