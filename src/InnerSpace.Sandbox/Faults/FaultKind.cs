namespace InnerSpace.Sandbox.Faults;

/// <summary>How a request can be made to misbehave through <c>POST /sandbox/faults</c>.</summary>
internal enum FaultKind
{
    /// <summary>An error status (e.g. 429 or 503) with a short JSON body.</summary>
    Status,

    /// <summary>The connection is closed without any response.</summary>
    Reset,

    /// <summary>200 with the real body cut off partway, then the connection is closed.</summary>
    Truncate,

    /// <summary>A gateway's HTML error page (text/html), 502 unless told otherwise.</summary>
    Html,

    /// <summary>A wait, then the normal answer.</summary>
    Delay,

    /// <summary>200 application/json whose body is not JSON.</summary>
    InvalidJson,
}
