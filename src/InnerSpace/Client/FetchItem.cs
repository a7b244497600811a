using System;

namespace InnerSpace.Client;

/// <summary>
/// One thing an <see cref="OrderedFetcher{T}"/> hands out: a value of request
/// <see cref="Index"/>, the failure that ended that request, or the mark that it is done.
/// </summary>
public readonly struct FetchItem<T>
{
    private FetchItem(int index, T? value, Exception? failure, bool isEnd)
    {
        Index = index;
        Value = value;
        Failure = failure;
        IsEnd = isEnd;
    }

    /// <summary>The position of the request in the list the fetcher was given.</summary>
    public int Index { get; }

    public T? Value { get; }

    public Exception? Failure { get; }

    /// <summary>True for the last item of each request.</summary>
    public bool IsEnd { get; }

    public bool HasValue => Failure is null && !IsEnd;

    internal static FetchItem<T> ForValue(int index, T value) => new(index, value, null, false);

    internal static FetchItem<T> ForFailure(int index, Exception failure) => new(index, default, failure, false);

    internal static FetchItem<T> ForEnd(int index) => new(index, default, null, true);
}
