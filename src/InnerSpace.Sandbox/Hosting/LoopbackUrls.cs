namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// Checks <c>--urls</c>: plain http on 127.0.0.1, localhost or [::1] only. The sandbox accepts
/// a well-known secret, so it must never be reachable from another machine.
/// </summary>
internal static class LoopbackUrls
{
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>Splits a ';'-separated list (ASP.NET's habit) and normalises each.</summary>
    public static IReadOnlyList<string> Parse(string value)
    {
        var urls = value
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Normalise)
            .ToList();
        if (urls.Count == 0)
        {
            throw new SandboxOptionsException("--urls needs at least one address");
        }

        return urls;
    }

    private static string Normalise(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw Refuse(url, "it is not an absolute URL");
        }

        if (uri.Scheme != Uri.UriSchemeHttp)
        {
            throw Refuse(url, "only http is served (the sandbox has no certificate)");
        }

        if (!LoopbackHosts.Contains(uri.Host))
        {
            throw Refuse(url, $"'{uri.Host}' is not a loopback host");
        }

        if (uri.AbsolutePath != "/" || uri.Query.Length > 0 || uri.UserInfo.Length > 0)
        {
            throw Refuse(url, "it may hold only a scheme, a host and a port");
        }

        if (uri.Host == "localhost" && uri.Port == 0)
        {
            throw Refuse(url, "Kestrel cannot bind localhost to port 0; use 127.0.0.1 or [::1]");
        }

        // Rebuilding from the parsed parts turns odd spellings (0x7f.1, upper case) canonical.
        return $"http://{uri.Host}:{uri.Port}";
    }

    private static SandboxOptionsException Refuse(string url, string reason)
    {
        return new SandboxOptionsException(
            $"refusing --urls '{url}': {reason}. The sandbox listens on loopback only: "
            + "http://127.0.0.1:<port>, http://localhost:<port> or http://[::1]:<port>");
    }
}
