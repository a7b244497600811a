namespace InnerSpace.Sandbox.Auth;

/// <summary>What a presented X-Session-Id turned out to be.</summary>
internal enum SessionState
{
    Valid,
    Missing,
    Unknown,
    Expired,
}
