using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace InnerSpace.Sandbox.Auth;

/// <summary>Reads a token request body; problems come back as fixed text.</summary>
internal static class TokenRequestReader
{
    public static bool TryRead(
        byte[] body,
        [NotNullWhen(true)] out TokenRequest? request,
        [NotNullWhen(false)] out string? problem)
    {
        request = null;
        if (body.Length == 0)
        {
            problem = "the request body is empty";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return TryReadObject(document.RootElement, out request, out problem);
        }
        catch (JsonException)
        {
            problem = "the request body is not valid JSON";
            return false;
        }
    }

    private static bool TryReadObject(
        JsonElement root,
        out TokenRequest? request,
        out string? problem)
    {
        request = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            problem = "the request body must be a JSON object";
            return false;
        }

        if (!TryReadString(root, "client_id", out var clientId, out problem)
            || !TryReadString(root, "client_secret", out var clientSecret, out problem)
            || !TryReadString(root, "audience", out var audience, out problem))
        {
            return false;
        }

        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(clientSecret))
        {
            problem = "client_id and client_secret are required";
            return false;
        }

        request = new TokenRequest(clientId, clientSecret, audience);
        return true;
    }

    private static bool TryReadString(
        JsonElement root,
        string name,
        out string? value,
        out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(name, out var member) || member.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (member.ValueKind != JsonValueKind.String)
        {
            problem = $"{name} must be a string";
            return false;
        }

        value = member.GetString();
        return true;
    }
}
