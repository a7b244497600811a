using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Maps -First and -Skip onto requests. One request gets them as the API's limit and
/// offset. Several requests each get a limit of Skip + First, since no single one can
/// contribute more, and the skipping and counting happen here across all of them.
/// </summary>
internal sealed class PagingWindow
{
    private readonly ulong _first;
    private readonly ulong _skip;
    private readonly bool _onServer;
    private ulong _skipped;
    private ulong _taken;

    public PagingWindow(PagingParameters paging, bool onServer)
    {
        _first = paging.First;
        _skip = paging.Skip;
        _onServer = onServer;
    }

    private bool HasFirst => _first != ulong.MaxValue;

    /// <summary>True once -First rows were written; the remaining requests can stop.</summary>
    public bool IsFull => HasFirst && _taken >= _first;

    public void Apply(InsightQuery query)
    {
        if (_onServer)
        {
            query.Offset = _skip == 0 ? null : ToLong(_skip);
            query.Limit = HasFirst ? ToLong(_first) : null;
            return;
        }

        if (HasFirst)
        {
            query.Limit = ToLong(_first > ulong.MaxValue - _skip ? ulong.MaxValue : _first + _skip);
        }
    }

    /// <summary>Whether the next row goes to the pipeline.</summary>
    public bool Admit()
    {
        if (!_onServer && _skipped < _skip)
        {
            _skipped++;
            return false;
        }

        _taken++;
        return true;
    }

    private static long ToLong(ulong value) => value > long.MaxValue ? long.MaxValue : (long)value;
}
