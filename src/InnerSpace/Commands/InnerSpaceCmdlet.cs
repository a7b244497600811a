using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What every InnerSpace cmdlet shares: one cancellation token per invocation, cancelled
/// by Ctrl+C (<see cref="StopProcessing"/>), and a way to wait for the client core's async
/// work on the pipeline thread while its log messages reach Verbose and Debug.
/// </summary>
public abstract class InnerSpaceCmdlet : PSCmdlet, IDisposable
{
    private static readonly TimeSpan LogDrainInterval = TimeSpan.FromMilliseconds(50);

    private readonly CancellationTokenSource _stop = new();
    private CmdletLog? _log;

    internal CmdletLog Log => _log ??= new CmdletLog(this);

    /// <summary>Cancelled when the user presses Ctrl+C or the pipeline stops.</summary>
    internal CancellationToken StopToken => _stop.Token;

    public void Dispose()
    {
        _stop.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void StopProcessing() => _stop.Cancel();

    /// <summary>
    /// Runs async work and blocks the pipeline thread until it ends, writing log messages
    /// as they come. A stop turns into <see cref="PipelineStoppedException"/>.
    /// </summary>
    internal T Await<T>(Func<CancellationToken, Task<T>> work)
    {
        var task = work(_stop.Token);

        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(LogDrainInterval))
        {
            Log.Drain(this);
        }

        Log.Drain(this);
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    internal void Await(Func<CancellationToken, Task> work) =>
        Await(async cancel =>
        {
            await work(cancel).ConfigureAwait(false);
            return true;
        });

    /// <summary>
    /// Writes each element of an answer, as <paramref name="rows"/> builds it, as soon as it
    /// is read, and each GraphQL error as a non-terminating error. Stopping the pipeline
    /// (Ctrl+C, or Select-Object -First) closes the response and so ends the download.
    /// </summary>
    internal void WriteResponse<T>(ApiResponse response, IRowFactory<T> rows, object? target)
    {
        var written = 0;

        using (response)
        using (_stop.Token.Register(response.Dispose))
        {
            try
            {
                foreach (var item in GraphQLResponseReader<T>.Read(response, rows))
                {
                    if (item.Error is not null)
                    {
                        WriteError(ErrorRecordFactory.From(item.Error, target));
                        continue;
                    }

                    WriteObject(item.Value);
                    written++;
                }
            }
            catch (Exception) when (Stopping)
            {
                throw new PipelineStoppedException();
            }
        }

        if (Log.IsVerboseEnabled)
        {
            WriteVerbose($"Read {written} rows.");
        }
    }
}
