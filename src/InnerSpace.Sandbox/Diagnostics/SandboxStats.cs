namespace InnerSpace.Sandbox.Diagnostics;

/// <summary>
/// Counters that tests read through <c>GET /sandbox/stats</c>, e.g. to prove a client reused
/// its session or retried once. Safe to update from many requests at once.
/// </summary>
internal sealed class SandboxStats
{
    private long _tokenExchanges;
    private long _tokenFailures;
    private long _queries;
    private long _unauthorized;
    private long _rowsServed;
    private long _faultsServed;

    /// <summary>Successful exchanges at /v2/oauth/token.</summary>
    public long TokenExchanges => Interlocked.Read(ref _tokenExchanges);

    /// <summary>Refused exchanges at /v2/oauth/token, whatever the reason.</summary>
    public long TokenFailures => Interlocked.Read(ref _tokenFailures);

    /// <summary>Requests to /v2/api with a valid session, failed queries included.</summary>
    public long Queries => Interlocked.Read(ref _queries);

    /// <summary>Requests to /v2/api answered 401.</summary>
    public long Unauthorized => Interlocked.Read(ref _unauthorized);

    /// <summary>Rows written to response bodies.</summary>
    public long RowsServed => Interlocked.Read(ref _rowsServed);

    /// <summary>Requests that met a fault queued at /sandbox/faults, delays included.</summary>
    public long FaultsServed => Interlocked.Read(ref _faultsServed);

    public void RecordTokenExchange()
    {
        Interlocked.Increment(ref _tokenExchanges);
    }

    public void RecordTokenFailure()
    {
        Interlocked.Increment(ref _tokenFailures);
    }

    public void RecordQuery()
    {
        Interlocked.Increment(ref _queries);
    }

    public void RecordUnauthorized()
    {
        Interlocked.Increment(ref _unauthorized);
    }

    public void RecordRowsServed(long rows)
    {
        Interlocked.Add(ref _rowsServed, rows);
    }

    public void RecordFaultServed()
    {
        Interlocked.Increment(ref _faultsServed);
    }
}
