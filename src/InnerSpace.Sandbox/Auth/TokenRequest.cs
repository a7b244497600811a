namespace InnerSpace.Sandbox.Auth;

/// <summary>The three documented members of a token request; the audience may be missing.</summary>
internal sealed record TokenRequest(string ClientId, string ClientSecret, string? Audience)
{
    // Records print every member by default; the secret must never reach a log or a message.
    public override string ToString()
    {
        return $"TokenRequest {{ ClientId = {ClientId}, Audience = {Audience} }}";
    }
}
