using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// Runs requests concurrently, at most a throttle limit at a time, and hands their values
/// out on the caller's thread in the order of the requests, so that parallel output is
/// identical to sequential output. Each request's values wait in a bounded buffer, so a
/// fast request cannot pile up memory while an earlier one is still being read.
/// </summary>
public sealed class OrderedFetcher<T> : IDisposable
{
    private static readonly TimeSpan IdleInterval = TimeSpan.FromMilliseconds(50);

    private readonly IReadOnlyList<Func<CancellationToken, IEnumerable<T>>> _requests;
    private readonly int _throttleLimit;
    private readonly int _bufferSize;
    private readonly CancellationTokenSource _stop;

    /// <param name="requests">Each yields the values of one request, reading as it goes.</param>
    /// <param name="throttleLimit">How many requests may run at once.</param>
    /// <param name="bufferSize">How many values of one request may wait to be handed out.</param>
    /// <param name="cancel">Stops every request; the caller's Ctrl+C.</param>
    public OrderedFetcher(
        IReadOnlyList<Func<CancellationToken, IEnumerable<T>>> requests,
        int throttleLimit,
        int bufferSize,
        CancellationToken cancel)
    {
        if (throttleLimit < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(throttleLimit), "At least one request must run.");
        }

        _requests = requests;
        _throttleLimit = throttleLimit;
        _bufferSize = bufferSize;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
    }

    /// <summary>
    /// Every item of every request, in request order, each request ending with an end
    /// mark. <paramref name="whileWaiting"/> runs on the caller's thread while it waits,
    /// for work that must happen there (writing log messages to PowerShell's streams).
    /// A single request, or a throttle of one, is read directly on the caller's thread.
    /// </summary>
    public IEnumerable<FetchItem<T>> Results(Action whileWaiting)
    {
        return _requests.Count == 1 || _throttleLimit == 1
            ? ReadInline()
            : ReadConcurrently(whileWaiting);
    }

    /// <summary>Stops the requests still running; their connections are closed.</summary>
    /// <remarks>
    /// The token source is cancelled but not disposed: requests still winding down on
    /// other threads may look at it after the reader has left.
    /// </remarks>
    public void Dispose() => _stop.Cancel();

    private IEnumerable<FetchItem<T>> ReadInline()
    {
        for (var index = 0; index < _requests.Count; index++)
        {
            using var values = Guard(index).GetEnumerator();
            while (values.MoveNext())
            {
                yield return values.Current;
            }

            yield return FetchItem<T>.ForEnd(index);
        }
    }

    private IEnumerable<FetchItem<T>> ReadConcurrently(Action whileWaiting)
    {
        var buffers = new BlockingCollection<FetchItem<T>>[_requests.Count];
        for (var index = 0; index < buffers.Length; index++)
        {
            buffers[index] = new BlockingCollection<FetchItem<T>>(_bufferSize);
        }

        _ = StartInOrderAsync(buffers);

        for (var index = 0; index < buffers.Length; index++)
        {
            var buffer = buffers[index];
            while (!buffer.IsCompleted)
            {
                if (buffer.TryTake(out var item, IdleInterval))
                {
                    yield return item;
                }
                else
                {
                    whileWaiting();
                }
            }

            yield return FetchItem<T>.ForEnd(index);
        }
    }

    // Requests start strictly in order, so the earliest unfinished request always holds a
    // slot: a later request that fills its buffer can wait without blocking the reader.
    private async Task StartInOrderAsync(BlockingCollection<FetchItem<T>>[] buffers)
    {
        using var slots = new SemaphoreSlim(_throttleLimit);
        var running = new List<Task>();

        try
        {
            for (var index = 0; index < buffers.Length; index++)
            {
                await slots.WaitAsync(_stop.Token).ConfigureAwait(false);
                var request = index;
                running.Add(Task.Factory.StartNew(
                    () => Fill(request, buffers[request], slots),
                    CancellationToken.None,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the requests that never started end empty.
        }
        finally
        {
            for (var index = running.Count; index < buffers.Length; index++)
            {
                buffers[index].CompleteAdding();
            }

            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    private void Fill(int index, BlockingCollection<FetchItem<T>> buffer, SemaphoreSlim slots)
    {
        try
        {
            foreach (var item in Guard(index))
            {
                buffer.Add(item, _stop.Token);
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Stopped: the reader is gone, and a closed connection may surface as any
            // I/O error here.
        }
        finally
        {
            buffer.CompleteAdding();
            slots.Release();
        }
    }

    // A request that fails ends with a failure item, and the others go on: one building
    // that cannot be read must not hide the rows of the rest.
    private IEnumerable<FetchItem<T>> Guard(int index)
    {
        IEnumerator<T>? values = null;
        Exception? failure = null;

        try
        {
            values = _requests[index](_stop.Token).GetEnumerator();
        }
        catch (Exception problem) when (!_stop.IsCancellationRequested)
        {
            failure = problem;
        }

        using (values)
        {
            while (failure is null && values is not null)
            {
                try
                {
                    if (!values.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception problem) when (!_stop.IsCancellationRequested)
                {
                    failure = problem;
                    break;
                }

                yield return FetchItem<T>.ForValue(index, values.Current);
            }
        }

        if (failure is not null)
        {
            yield return FetchItem<T>.ForFailure(index, failure);
        }
    }
}
