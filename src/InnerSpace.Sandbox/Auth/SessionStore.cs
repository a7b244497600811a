using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// Issued sessions, their expiry and the account each belongs to. By default a session lives a
/// fixed time from issue; in idle mode each use restarts the clock. The real lifetime and
/// policy are undocumented (CHOICES.md: --session-ttl, --session-mode, --token-expires-in).
/// </summary>
internal sealed class SessionStore(TimeProvider clock, TimeSpan lifetime, SessionMode mode)
{
    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

    public SessionStore(TimeProvider clock, TimeSpan lifetime)
        : this(clock, lifetime, SessionMode.Fixed)
    {
    }

    /// <summary>Issues a session id: 32 bytes from a CSPRNG, base64url (43 characters).</summary>
    public string Issue(ClientAccount account)
    {
        var now = clock.GetUtcNow();
        Forget(now);

        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _sessions[id] = new Entry(now + lifetime, account.Buildings);
        return id;
    }

    public SessionLookup Check(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return new SessionLookup(SessionState.Missing, null);
        }

        if (!_sessions.TryGetValue(id, out var entry))
        {
            return new SessionLookup(SessionState.Unknown, null);
        }

        var now = clock.GetUtcNow();
        if (now >= entry.Expiry)
        {
            return new SessionLookup(SessionState.Expired, null);
        }

        if (mode == SessionMode.Idle)
        {
            // A lost race between two uses only ever keeps the later of two near-equal expiries.
            _sessions.TryUpdate(id, entry with { Expiry = now + lifetime }, entry);
        }

        return new SessionLookup(SessionState.Valid, entry.Buildings);
    }

    /// <summary>Ends every session issued so far, as if each had just reached its expiry.</summary>
    public void ExpireAll()
    {
        var now = clock.GetUtcNow();
        foreach (var id in _sessions.Keys)
        {
            // Retry when an idle-mode use extended the session between the read and the write.
            while (_sessions.TryGetValue(id, out var entry) && entry.Expiry > now
                && !_sessions.TryUpdate(id, entry with { Expiry = now }, entry))
            {
            }
        }
    }

    // Expired ids are kept for one more lifetime so a late caller hears "expired", not
    // "unknown"; after that they are dropped to keep the store small.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, entry) in _sessions)
        {
            if (entry.Expiry + lifetime < now)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed record Entry(DateTimeOffset Expiry, IReadOnlyList<long>? Buildings);
}
