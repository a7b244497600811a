using System;
using System.Security;

namespace InnerSpace.Client;

/// <summary>
/// What a session needs to exchange credentials for a session id. The secret stays a
/// <see cref="SecureString"/> until the moment the token request body is written.
/// </summary>
public sealed class InnerSpaceConnectionInfo
{
    /// <summary>The production API host.</summary>
    public static readonly Uri DefaultBaseUri = new("https://api.innerspace.io/");

    /// <summary>The audience the v2 token endpoint documents; it is the same for everyone.</summary>
    public const string DefaultAudience = "https://global-config.innerspace.io";

    public InnerSpaceConnectionInfo(
        Uri baseUri,
        string clientId,
        SecureString clientSecret,
        string? audience = null)
    {
        if (baseUri is null || !baseUri.IsAbsoluteUri)
        {
            throw new ArgumentException("The base URI must be absolute, such as " +
                DefaultBaseUri + ".", nameof(baseUri));
        }

        if (string.IsNullOrWhiteSpace(clientId))
        {
            throw new ArgumentException("The client id is empty.", nameof(clientId));
        }

        if (clientSecret is null || clientSecret.Length == 0)
        {
            throw new ArgumentException("The client secret is empty.", nameof(clientSecret));
        }

        BaseUri = WithTrailingSlash(baseUri);
        ClientId = clientId;
        ClientSecret = clientSecret.Copy();
        ClientSecret.MakeReadOnly();
        Audience = string.IsNullOrWhiteSpace(audience) ? DefaultAudience : audience!;
    }

    public Uri BaseUri { get; }

    public string ClientId { get; }

    // Internal so that neither a session's properties, its format views nor Export-Clixml
    // can reach the secret.
    internal SecureString ClientSecret { get; }

    public string Audience { get; }

    public Uri TokenUri => new(BaseUri, "v2/oauth/token");

    public Uri ApiUri => new(BaseUri, "v2/api");

    public override string ToString() => $"{ClientId} at {BaseUri}";

    // Without the slash, new Uri(base, "v2/api") would drop the last path segment of a
    // base such as https://proxy.example/innerspace.
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? uri : new Uri(uri.AbsoluteUri + "/");
}
