using System.Globalization;
using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// The sandbox's settings, from the command line or <see cref="SandboxServer.StartAsync"/>.
/// Every property holds its documented default until an option changes it.
/// </summary>
internal sealed record SandboxOptions
{
    public const string DefaultClientId = "demo-client-id";

    public const string DefaultClientSecret = "demo-client-secret";

    public const int DefaultSessionTtlSeconds = 3600;

    public const int DefaultSeed = 71;

    /// <summary>Loopback http addresses to listen on, already checked.</summary>
    public required IReadOnlyList<string> Urls { get; init; }

    public string ClientId { get; init; } = DefaultClientId;

    public string ClientSecret { get; init; } = DefaultClientSecret;

    /// <summary>How long a session lives from its issue (or, in idle mode, its last use).</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromSeconds(DefaultSessionTtlSeconds);

    /// <summary>Seed of the generated data; the same seed gives the same rows.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>A process whose end stops the sandbox; null to run until stopped.</summary>
    public int? ParentProcessId { get; init; }

    /// <summary>A wait before every answer under /v2, to imitate a distant service.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>How many buildings the portfolio holds; building 71 is always the first.</summary>
    public int BuildingCount { get; init; } = DemoCatalog.DefaultBuildingCount;

    /// <summary>The first local day with data.</summary>
    public DateOnly FirstDay { get; init; } = DemoCatalog.DefaultFirstDay;

    /// <summary>The last local day with data, included.</summary>
    public DateOnly LastDay { get; init; } = DemoCatalog.DefaultLastDay;

    public TimestampFormat TimestampFormat { get; init; } = TimestampFormat.Utc;

    /// <summary>Clients from --clients, each limited to its buildings; the demo sees all.</summary>
    public IReadOnlyList<ClientAccount> Clients { get; init; } = [];

    public SessionMode SessionMode { get; init; } = SessionMode.Fixed;

    /// <summary>The expires_in hint in seconds, or null to send none (the default).</summary>
    public int? TokenExpiresIn { get; init; }

    /// <summary>The demo client and then the --clients ones.</summary>
    public IReadOnlyList<ClientAccount> AllClients =>
        [new ClientAccount(ClientId, ClientSecret, null), .. Clients];

    public bool ShowHelp { get; init; }

    // Records print every member by default; keep the secret out of logs and test output.
    public override string ToString()
    {
        return $"SandboxOptions {{ Urls = {string.Join(";", Urls)}, ClientId = {ClientId}, "
            + $"SessionLifetime = {SessionLifetime}, Seed = {Seed}, Latency = {Latency}, "
            + $"Buildings = {BuildingCount}, Days = {Day(FirstDay)}..{Day(LastDay)}, "
            + $"TimestampFormat = {TimestampFormat}, Clients = {Clients.Count + 1}, "
            + $"SessionMode = {SessionMode}, TokenExpiresIn = {TokenExpiresIn} }}";
    }

    /// <summary>yyyy-MM-dd in the invariant calendar, as the options are written.</summary>
    public static string Day(DateOnly day)
    {
        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
