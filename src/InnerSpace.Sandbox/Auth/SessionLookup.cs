namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// What a presented X-Session-Id turned out to be and, when valid, whose it is: the
/// buildings it may read, or null for all of them.
/// </summary>
internal readonly record struct SessionLookup(SessionState State, IReadOnlyList<long>? Buildings);
