using System.Diagnostics;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// Stops the sandbox when the process that started it ends, however it ends: a script
/// killed before its cleanup would otherwise leave a server listening on loopback.
/// </summary>
internal static class ParentWatch
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static async Task StopWhenGoneAsync(int processId, IHostApplicationLifetime lifetime)
    {
        var stopping = lifetime.ApplicationStopping;
        while (!stopping.IsCancellationRequested && IsRunning(processId))
        {
            try
            {
                await Task.Delay(PollInterval, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        lifetime.StopApplication();
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
