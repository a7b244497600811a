namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// One queued fault: what to do, to which endpoint, and to how many of its next requests.
/// </summary>
/// <param name="Status">The status for Status and Html faults; 0 for the other kinds.</param>
/// <param name="RetryAfter">Sent verbatim as the Retry-After header, when set.</param>
/// <param name="DelayMs">A wait before misbehaving; for Delay it is the whole fault.</param>
internal sealed record FaultEntry(
    FaultKind Kind,
    FaultTarget Target,
    int Count,
    int Status,
    string? RetryAfter,
    int DelayMs);
