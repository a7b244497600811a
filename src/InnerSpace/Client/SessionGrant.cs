using System;

namespace InnerSpace.Client;

/// <summary>What the token endpoint granted: a session id and, if it said, how long it lives.</summary>
internal sealed class SessionGrant
{
    public SessionGrant(string sessionId, TimeSpan? lifetime)
    {
        SessionId = sessionId;
        Lifetime = lifetime;
    }

    public string SessionId { get; }

    /// <summary>From an <c>expires_in</c> member, which the v2 docs do not promise.</summary>
    public TimeSpan? Lifetime { get; }

    public override string ToString() => "session grant" + (Lifetime is null ? "" : $" for {Lifetime}");
}
