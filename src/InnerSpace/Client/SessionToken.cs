namespace InnerSpace.Client;

/// <summary>
/// A session id and the count of exchanges that produced it. Compared by reference: a
/// caller that met a 401 holds the token it used, and only a caller holding the newest
/// one triggers a new exchange.
/// </summary>
internal sealed class SessionToken
{
    public SessionToken(string sessionId, long generation)
    {
        SessionId = sessionId;
        Generation = generation;
    }

    public string SessionId { get; }

    public long Generation { get; }

    /// <summary>Deliberately silent about the id itself.</summary>
    public override string ToString() => $"session #{Generation}";
}
