using System;

namespace InnerSpace.Client;

/// <summary>
/// A session id and the count of exchanges that produced it. Compared by reference: a
/// caller that met a 401 holds the token it used, and only a caller holding the newest
/// one triggers a new exchange.
/// </summary>
internal sealed class SessionToken
{
    public SessionToken(string sessionId, long generation, DateTimeOffset? refreshAfter)
    {
        SessionId = sessionId;
        Generation = generation;
        RefreshAfter = refreshAfter;
    }

    public string SessionId { get; }

    public long Generation { get; }

    /// <summary>When to exchange again before the server's expiry hint runs out; null without one.</summary>
    public DateTimeOffset? RefreshAfter { get; }

    /// <summary>
    /// A token for a grant, due for refresh a tenth of its life before it ends (at most a
    /// minute early), so that requests in flight do not meet the expiry.
    /// </summary>
    public static SessionToken From(SessionGrant grant, long generation, DateTimeOffset now)
    {
        DateTimeOffset? refreshAfter = null;
        if (grant.Lifetime is { } lifetime)
        {
            var margin = TimeSpan.FromTicks(Math.Min(lifetime.Ticks / 10, TimeSpan.FromMinutes(1).Ticks));
            refreshAfter = now + lifetime - margin;
        }

        return new SessionToken(grant.SessionId, generation, refreshAfter);
    }

    /// <summary>Deliberately silent about the id itself.</summary>
    public override string ToString() => $"session #{Generation}";
}
