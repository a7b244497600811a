using System.Security;

namespace InnerSpace.Tests.Infrastructure;

public static class Secrets
{
    public static SecureString ToSecureString(string text)
    {
        var secret = new SecureString();
        foreach (var character in text)
        {
            secret.AppendChar(character);
        }

        secret.MakeReadOnly();
        return secret;
    }
}
