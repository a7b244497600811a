namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// The sandbox's settings, from the command line or <see cref="SandboxServer.StartAsync"/>.
/// </summary>
/// <param name="Urls">Loopback http addresses to listen on, already checked.</param>
/// <param name="SessionLifetime">Fixed lifetime of a session from its issue.</param>
/// <param name="Seed">Seed of the generated data; the same seed gives the same rows.</param>
internal sealed record SandboxOptions(
    IReadOnlyList<string> Urls,
    string ClientId,
    string ClientSecret,
    TimeSpan SessionLifetime,
    int Seed,
    bool ShowHelp)
{
    public const string DefaultClientId = "demo-client-id";

    public const string DefaultClientSecret = "demo-client-secret";

    public const int DefaultSessionTtlSeconds = 3600;

    public const int DefaultSeed = 71;

    // Records print every member by default; keep the secret out of logs and test output.
    public override string ToString()
    {
        return $"SandboxOptions {{ Urls = {string.Join(";", Urls)}, ClientId = {ClientId}, "
            + $"SessionLifetime = {SessionLifetime}, Seed = {Seed} }}";
    }
}
