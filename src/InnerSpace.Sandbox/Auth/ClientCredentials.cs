using System.Security.Cryptography;
using System.Text;

namespace InnerSpace.Sandbox.Auth;

/// <summary>The one client id and secret the sandbox accepts.</summary>
internal sealed class ClientCredentials(string clientId, string clientSecret)
{
    private readonly byte[] _idHash = Hash(clientId);
    private readonly byte[] _secretHash = Hash(clientSecret);

    public string ClientId { get; } = clientId;

    public string ClientSecret { get; } = clientSecret;

    /// <summary>
    /// Compares hashes in constant time, so neither the length nor the first wrong character
    /// leaks through timing; a habit worth showing even in a stand-in.
    /// </summary>
    public bool Matches(string clientId, string clientSecret)
    {
        var idMatches = CryptographicOperations.FixedTimeEquals(Hash(clientId), _idHash);
        var secretMatches =
            CryptographicOperations.FixedTimeEquals(Hash(clientSecret), _secretHash);
        return idMatches & secretMatches;
    }

    public override string ToString()
    {
        return $"client {ClientId} (secret hidden)";
    }

    private static byte[] Hash(string value)
    {
        return SHA256.HashData(Encoding.UTF8.GetBytes(value));
    }
}
