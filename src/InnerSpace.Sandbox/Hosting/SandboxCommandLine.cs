namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// The command-line entry point. Exit codes: 0 after a clean shutdown (or --help), 1 when the
/// server cannot start (e.g. the port is taken), 2 for bad options.
/// </summary>
internal static class SandboxCommandLine
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        SandboxOptions options;
        try
        {
            options = SandboxOptionsParser.Parse(args, DefaultUrls);
        }
        catch (SandboxOptionsException exception)
        {
            await error.WriteLineAsync($"InnerSpace.Sandbox: {exception.Message}");
            await error.WriteLineAsync("Run with --help to see the options.");
            return 2;
        }

        if (options.ShowHelp)
        {
            await output.WriteLineAsync(SandboxOptionsParser.Usage);
            return 0;
        }

        await using var host =
            SandboxHost.Create(options, TimeProvider.System, consoleLogging: true);
        try
        {
            await host.App.StartAsync();
        }
        catch (IOException exception)
        {
            await error.WriteLineAsync($"InnerSpace.Sandbox: cannot listen: {exception.Message}");
            return 1;
        }

        // The secret is a public demo value (or one the caller chose); printing it is the point.
        await output.WriteLineAsync($"Sandbox client id:     {options.ClientId}");
        await output.WriteLineAsync($"Sandbox client secret: {options.ClientSecret}");
        if (options.Clients.Count > 0)
        {
            var ids = string.Join(", ", options.Clients.Select(client => client.ClientId));
            await output.WriteLineAsync($"Further clients (--clients): {ids}");
        }

        await output.WriteLineAsync("Demo data: building 71, site 900000222 (America/Chicago) "
            + $"and {options.BuildingCount - 1} more, every day from "
            + $"{SandboxOptions.Day(options.FirstDay)} to {SandboxOptions.Day(options.LastDay)}, "
            + $"seed {options.Seed}.");
        await output.FlushAsync();

        if (options.ParentProcessId is { } parent)
        {
            _ = ParentWatch.StopWhenGoneAsync(parent, host.App.Lifetime);
        }

        await host.App.WaitForShutdownAsync();
        return 0;
    }
}
