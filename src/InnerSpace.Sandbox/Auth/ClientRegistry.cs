using System.Security.Cryptography;
using System.Text;

namespace InnerSpace.Sandbox.Auth;

/// <summary>The clients the sandbox accepts: the demo client plus any from --clients.</summary>
internal sealed class ClientRegistry
{
    private readonly List<(byte[] Id, byte[] Secret, ClientAccount Account)> _accounts;

    public ClientRegistry(IEnumerable<ClientAccount> accounts)
    {
        _accounts = accounts
            .Select(account => (Hash(account.ClientId), Hash(account.ClientSecret), account))
            .ToList();
    }

    /// <summary>
    /// Finds the account whose id and secret both match. Every account is compared, by hash
    /// and in constant time, so neither which id exists nor how much of a secret was right
    /// leaks through timing; a habit worth showing even in a stand-in.
    /// </summary>
    public ClientAccount? Authenticate(string clientId, string clientSecret)
    {
        var id = Hash(clientId);
        var secret = Hash(clientSecret);
        ClientAccount? found = null;
        foreach (var (knownId, knownSecret, account) in _accounts)
        {
            var matches = CryptographicOperations.FixedTimeEquals(id, knownId)
                & CryptographicOperations.FixedTimeEquals(secret, knownSecret);
            if (matches)
            {
                found = account;
            }
        }

        return found;
    }

    private static byte[] Hash(string value)
    {
        return SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }
}
