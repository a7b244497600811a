using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// Reads <c>--name value</c> (or <c>--name=value</c>) options. Anything unknown, repeated or
/// malformed is refused with a message that names the option but never echoes a secret.
/// </summary>
internal static class SandboxOptionsParser
{
    public const string Usage = """
        Usage: InnerSpace.Sandbox [options]

        A local stand-in for the InnerSpace v2 API, listening on loopback only.

        Options:
          --urls <urls>            Loopback http address(es), ';'-separated.
                                   Default http://127.0.0.1:5080; port 0 picks a free port.
          --client-id <id>         Client id the token endpoint accepts. Default demo-client-id.
          --client-secret <secret> Client secret it accepts. Default demo-client-secret.
          --session-ttl <seconds>  Session lifetime. Default 3600.
          --session-mode <mode>    fixed: the lifetime runs from issue (default);
                                   idle: each use of the session restarts it.
          --token-expires-in <s>   Add "expires_in": s to token answers (off by default);
                                   sessions then live s seconds. Not with --session-ttl.
          --clients <path>         JSON file of further clients, each limited to some
                                   buildings: [{"clientId":"a","clientSecret":"s",
                                   "buildings":[71,72]}]. The demo client sees all.
          --seed <int>             Seed of the generated data. Default 71.
          --latency-ms <n>         Wait n ms before every answer under /v2. Default 0.
          --buildings <n>          Buildings in the portfolio, 1 to 1000; building 71 is
                                   always the first. Default 5.
          --from <yyyy-MM-dd>      First local day with data. Default 2025-01-01.
          --to <yyyy-MM-dd>        Last local day with data. Default 2025-12-31.
          --timestamp-format <f>   DATE_TIME_START as utc (2025-05-01T05:00:00.000Z),
                                   offset (2025-05-01T00:00:00.000-05:00) or
                                   local (2025-05-01T00:00:00.000). Default utc.
          --parent-pid <pid>       Stop when that process ends, so a sandbox started by a
                                   script never outlives it. Default: run until stopped.
          --help                   Show this text.

        Test hooks (loopback callers only): GET /sandbox/stats,
        POST /sandbox/sessions/expire, and POST, GET or DELETE /sandbox/faults, e.g.
          {"kind":"status","status":429,"count":3,"retryAfter":"2"}
        with kinds status, reset, truncate, html, delay and invalid-json.
        """;

    private const int MaxSessionTtlSeconds = 366 * 24 * 3600;

    private const int MaxLatencyMs = 60_000;

    private const int MaxBuildings = 1000;

    private const int MaxDays = 3660;

    private static readonly string[] Known =
    [
        "urls", "client-id", "client-secret", "session-ttl", "seed", "latency-ms",
        "buildings", "from", "to", "timestamp-format", "clients", "session-mode",
        "token-expires-in", "parent-pid",
    ];

    private static readonly Dictionary<string, TimestampFormat> TimestampFormats =
        new(StringComparer.Ordinal)
        {
            ["utc"] = TimestampFormat.Utc,
            ["offset"] = TimestampFormat.Offset,
            ["local"] = TimestampFormat.Local,
        };

    private static readonly Dictionary<string, SessionMode> SessionModes =
        new(StringComparer.Ordinal)
        {
            ["fixed"] = SessionMode.Fixed,
            ["idle"] = SessionMode.Idle,
        };

    public static SandboxOptions Parse(IReadOnlyList<string> args, string defaultUrls)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var showHelp = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                showHelp = true;
                continue;
            }

            var (name, value) = Split(arg, args, ref i);
            if (!values.TryAdd(name, value))
            {
                throw new SandboxOptionsException($"--{name} is given more than once");
            }
        }

        return Build(new OptionValues(values), defaultUrls, showHelp);
    }

    private static SandboxOptions Build(OptionValues values, string defaultUrls, bool showHelp)
    {
        var ttl = values.Int("session-ttl", SandboxOptions.DefaultSessionTtlSeconds, 1,
            MaxSessionTtlSeconds);
        int? expiresIn = null;
        if (values.Has("token-expires-in"))
        {
            // One number for both, so the hint a client sees is never a lie.
            if (values.Has("session-ttl"))
            {
                throw new SandboxOptionsException(
                    "--token-expires-in sets the session lifetime too; leave out --session-ttl");
            }

            expiresIn = values.Int("token-expires-in", 0, 1, MaxSessionTtlSeconds);
            ttl = expiresIn.Value;
        }

        var clientId = values.Text("client-id", SandboxOptions.DefaultClientId);
        var clients = values.Has("clients")
            ? ClientFileReader.Read(values.Text("clients", ""), clientId)
            : [];
        var firstDay = values.Date("from", DemoCatalog.DefaultFirstDay);
        var lastDay = values.Date("to", DemoCatalog.DefaultLastDay);
        if (lastDay < firstDay || lastDay.DayNumber - firstDay.DayNumber >= MaxDays)
        {
            throw new SandboxOptionsException(
                $"--from must not be after --to, and the span must be under {MaxDays} days");
        }

        return new SandboxOptions
        {
            Urls = LoopbackUrls.Parse(values.Text("urls", defaultUrls)),
            ClientId = clientId,
            ClientSecret = values.Text("client-secret", SandboxOptions.DefaultClientSecret),
            SessionLifetime = TimeSpan.FromSeconds(ttl),
            Seed = values.Int("seed", SandboxOptions.DefaultSeed, int.MinValue, int.MaxValue),
            Latency = TimeSpan.FromMilliseconds(values.Int("latency-ms", 0, 0, MaxLatencyMs)),
            BuildingCount = values.Int(
                "buildings", DemoCatalog.DefaultBuildingCount, 1, MaxBuildings),
            FirstDay = firstDay,
            LastDay = lastDay,
            TimestampFormat = values.Choice(
                "timestamp-format", TimestampFormat.Utc, TimestampFormats),
            Clients = clients,
            SessionMode = values.Choice("session-mode", SessionMode.Fixed, SessionModes),
            TokenExpiresIn = expiresIn,
            ParentProcessId = values.Has("parent-pid")
                ? values.Int("parent-pid", 0, 1, int.MaxValue)
                : null,
            ShowHelp = showHelp,
        };
    }

    private static (string Name, string Value) Split(
        string arg,
        IReadOnlyList<string> args,
        ref int i)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
        {
            throw new SandboxOptionsException(
                $"unexpected argument at position {i + 1}; options look like --name value");
        }

        var equals = arg.IndexOf('=');
        var name = equals < 0 ? arg[2..] : arg[2..equals];
        if (!Known.Contains(name))
        {
            throw new SandboxOptionsException(
                $"unknown option --{name}; known options: --{string.Join(", --", Known)}, --help");
        }

        if (equals >= 0)
        {
            return (name, arg[(equals + 1)..]);
        }

        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new SandboxOptionsException($"--{name} needs a value");
        }

        i++;
        return (name, args[i]);
    }
}
