using System.Diagnostics;
using System.Text.RegularExpressions;
using InnerSpace.Sandbox;
using InnerSpace.Sandbox.Hosting;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>The command-line contract: exit codes, messages and the start-up lines.</summary>
public sealed class SandboxCommandLineTests
{
    [Theory]
    [InlineData("--urls", "http://0.0.0.0:5080")]
    [InlineData("--frobnicate", "1")]
    public async Task RunAsync_BadOption_Exits2WithMessageOnStandardError(string name, string value)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SandboxCommandLine.RunAsync([name, value], output, error);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
        Assert.StartsWith("InnerSpace.Sandbox: ", error.ToString());
    }

    [Fact]
    public async Task RunAsync_Help_PrintsUsageAndExits0()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await SandboxCommandLine.RunAsync(["--help"], output, error);

        Assert.Equal(0, exitCode);
        Assert.Contains("--session-ttl", output.ToString());
    }

    [Fact]
    public async Task Process_PortZero_LogsTheRealPortAndTheDemoCredentials()
    {
        using var process = StartSandboxProcess("--urls", "http://127.0.0.1:0");
        try
        {
            var lines = await ReadUntilAsync(process, "Sandbox client secret:");
            var text = string.Join('\n', lines);
            var listening = Regex.Match(text, @"Now listening on: http://127\.0\.0\.1:(\d+)");

            Assert.True(listening.Success, text);
            Assert.NotEqual("0", listening.Groups[1].Value);
            Assert.Contains("Sandbox client id:     demo-client-id", text);
            Assert.Contains("Sandbox client secret: demo-client-secret", text);

            using var http = new HttpClient();
            using var stats = await http.GetAsync(
                $"http://127.0.0.1:{listening.Groups[1].Value}/sandbox/stats");
            Assert.True(stats.IsSuccessStatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Process_NonLoopbackUrl_Exits2()
    {
        using var process = StartSandboxProcess("--urls", "http://0.0.0.0:5080");

        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("loopback", error);
    }

    private static Process StartSandboxProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(SandboxServer).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task<List<string>> ReadUntilAsync(Process process, string marker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var lines = new List<string>();
        var sawListening = false;
        var sawMarker = false;
        while (!(sawListening && sawMarker))
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("exited early: " + string.Join('\n', lines));
            lines.Add(line);
            sawListening |= line.Contains("Now listening on:");
            sawMarker |= line.Contains(marker);
        }

        return lines;
    }
}
