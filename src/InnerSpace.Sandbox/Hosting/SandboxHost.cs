using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Faults;
using InnerSpace.Sandbox.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// Builds the web application both entry points run: the command line and
/// <see cref="SandboxServer"/>. Options arrive already checked; apart from what ASP.NET always
/// reads, nothing here looks at the command line or the environment.
/// </summary>
internal sealed class SandboxHost : IAsyncDisposable
{
    // Without this, a wrong method on a real path would fall through to the 404 fallback.
    private static readonly Dictionary<string, string> MethodByPath =
        new(StringComparer.OrdinalIgnoreCase)
        {
            [TokenEndpoint.Path] = HttpMethods.Post,
            [GraphQLEndpoint.Path] = HttpMethods.Post,
            [ControlEndpoints.StatsPath] = HttpMethods.Get,
            [ControlEndpoints.ExpireSessionsPath] = HttpMethods.Post,
            [FaultEndpoints.Path] = "GET, POST, DELETE",
        };

    private SandboxHost(
        WebApplication app,
        SandboxOptions options,
        SandboxStats stats,
        SessionStore sessions)
    {
        App = app;
        Options = options;
        Stats = stats;
        Sessions = sessions;
    }

    public WebApplication App { get; }

    public SandboxOptions Options { get; }

    public SandboxStats Stats { get; }

    public SessionStore Sessions { get; }

    /// <summary>The addresses Kestrel bound, with real port numbers once started.</summary>
    public IReadOnlyList<string> ListeningUrls =>
        App.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.ToList();

    /// <param name="consoleLogging">
    /// True for the command line: warnings plus Kestrel's lifetime lines ("Now listening on:").
    /// False in-process, where test output should stay clean.
    /// </param>
    public static SandboxHost Create(
        SandboxOptions options,
        TimeProvider clock,
        bool consoleLogging)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(string.Join(';', options.Urls));
        builder.Services.Configure<HostOptions>(
            host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        ConfigureLogging(builder.Logging, consoleLogging);

        var stats = new SandboxStats();
        var sessions = new SessionStore(clock, options.SessionLifetime, options.SessionMode);
        var app = builder.Build();
        MapEndpoints(app, options, stats, sessions, clock);
        return new SandboxHost(app, options, stats, sessions);
    }

    public ValueTask DisposeAsync()
    {
        return App.DisposeAsync();
    }

    private static void ConfigureLogging(ILoggingBuilder logging, bool console)
    {
        logging.ClearProviders();
        if (!console)
        {
            return;
        }

        // Quiet by default: no per-request lines, only problems and the start-up addresses.
        logging.AddConsole();
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
    }

    private static void MapEndpoints(
        WebApplication app,
        SandboxOptions options,
        SandboxStats stats,
        SessionStore sessions,
        TimeProvider clock)
    {
        var clients = new ClientRegistry(options.AllClients);
        var token = new TokenEndpoint(clients, sessions, stats, options.TokenExpiresIn);
        var catalog = DemoCatalog.Create(options.BuildingCount, options.FirstDay, options.LastDay);
        var schema = DemoSchema.Create(catalog, options.Seed, options.TimestampFormat);
        var planner = new QueryPlanner(schema);
        var graphQL = new GraphQLEndpoint(sessions, planner, stats);
        var control = new ControlEndpoints(stats, sessions);
        var faultQueue = new FaultQueue();
        var faults = new FaultEndpoints(faultQueue);
        var injector = new FaultMiddleware(faultQueue, stats, clock, options.Latency);

        app.UseMiddleware<LastChanceErrorHandler>();
        app.Use(injector.InvokeAsync);
        app.MapPost(TokenEndpoint.Path, (RequestDelegate)token.HandleAsync);
        app.MapPost(GraphQLEndpoint.Path, (RequestDelegate)graphQL.HandleAsync);
        app.MapGet(ControlEndpoints.StatsPath, (RequestDelegate)control.GetStatsAsync);
        app.MapPost(ControlEndpoints.ExpireSessionsPath,
            (RequestDelegate)control.ExpireSessionsAsync);
        app.MapPost(FaultEndpoints.Path, (RequestDelegate)faults.PostAsync);
        app.MapGet(FaultEndpoints.Path, (RequestDelegate)faults.GetAsync);
        app.MapDelete(FaultEndpoints.Path, (RequestDelegate)faults.DeleteAsync);
        app.MapFallback((RequestDelegate)AnswerNotFoundAsync);
    }

    private static Task AnswerNotFoundAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var status = StatusCodes.Status404NotFound;
        var error = new GraphQLError(
            $"nothing is served at {path}; the API is POST {GraphQLEndpoint.Path}",
            null, ErrorCodes.NotFound);
        if (MethodByPath.TryGetValue(path.TrimEnd('/'), out var method))
        {
            status = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = method;
            error = new GraphQLError(
                $"{path} answers {method} only", null, ErrorCodes.MethodNotAllowed);
        }

        return ErrorEnvelopeWriter.WriteAsync(
            context.Response, status, error, context.RequestAborted);
    }
}
