using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Hosting;

namespace InnerSpace.Sandbox;

/// <summary>
/// Runs the sandbox inside the calling process, for tests: real Kestrel on a loopback port,
/// real HTTP. Each instance has its own sessions, counters and port.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private const string InProcessUrls = "http://127.0.0.1:0";

    private readonly SandboxHost _host;
    private int _disposed;

    private SandboxServer(SandboxHost host, Uri baseUri)
    {
        _host = host;
        BaseUri = baseUri;
    }

    /// <summary>
    /// Where the server answers, with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>.
    /// </summary>
    public Uri BaseUri { get; }

    /// <summary>The demo client's id, which may read every building.</summary>
    public string ClientId => _host.Options.ClientId;

    /// <summary>The demo client's secret.</summary>
    public string ClientSecret => _host.Options.ClientSecret;

    internal SandboxStats Stats => _host.Stats;

    internal SessionStore Sessions => _host.Sessions;

    /// <summary>
    /// Starts a server with the command line's options (see --help or CHOICES.md, e.g.
    /// --client-id, --session-ttl, --buildings, --clients, --latency-ms). Without --urls it
    /// takes a free port on 127.0.0.1.
    /// </summary>
    /// <exception cref="SandboxOptionsException">An option is unknown or invalid.</exception>
    public static Task<SandboxServer> StartAsync(params string[] args)
    {
        return StartAsync(TimeProvider.System, args);
    }

    /// <summary>Starts on an injected clock, so tests expire sessions without waiting.</summary>
    internal static async Task<SandboxServer> StartAsync(TimeProvider clock, params string[] args)
    {
        var options = SandboxOptionsParser.Parse(args, InProcessUrls);
        var host = SandboxHost.Create(options, clock, consoleLogging: false);
        try
        {
            await host.App.StartAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        var address = host.ListeningUrls[0].TrimEnd('/') + "/";
        return new SandboxServer(host, new Uri(address));
    }

    /// <summary>Stops the server and releases its port; safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _host.App.StopAsync();
        await _host.DisposeAsync();
    }
}
