using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// Issued sessions and their expiry. A session lives a fixed time from issue and use does not
/// extend it: the real lifetime and policy are undocumented (CHOICES.md, --session-ttl).
/// </summary>
internal sealed class SessionStore(TimeProvider clock, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries =
        new(StringComparer.Ordinal);

    /// <summary>Issues a session id: 32 bytes from a CSPRNG, base64url (43 characters).</summary>
    public string Issue()
    {
        var now = clock.GetUtcNow();
        Forget(now);

        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        _expiries[id] = now + lifetime;
        return id;
    }

    public SessionState Check(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return SessionState.Missing;
        }

        if (!_expiries.TryGetValue(id, out var expiry))
        {
            return SessionState.Unknown;
        }

        return clock.GetUtcNow() < expiry ? SessionState.Valid : SessionState.Expired;
    }

    /// <summary>Ends every session issued so far, as if each had just reached its expiry.</summary>
    public void ExpireAll()
    {
        var now = clock.GetUtcNow();
        foreach (var id in _expiries.Keys)
        {
            _expiries.AddOrUpdate(id, now, (_, expiry) => expiry < now ? expiry : now);
        }
    }

    // Expired ids are kept for one more lifetime so a late caller hears "expired", not
    // "unknown"; after that they are dropped to keep the store small.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, expiry) in _expiries)
        {
            if (expiry + lifetime < now)
            {
                _expiries.TryRemove(id, out _);
            }
        }
    }
}
