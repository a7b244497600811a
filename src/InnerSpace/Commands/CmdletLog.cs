using System.Collections.Concurrent;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// The client core's log for one cmdlet invocation. The core may report from any thread,
/// but PowerShell accepts stream writes only on the pipeline thread, so messages wait in a
/// queue until the cmdlet drains it there.
/// </summary>
internal sealed class CmdletLog : IInnerSpaceLog
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _pending = new();
    private readonly ConcurrentDictionary<string, bool> _warned = new();

    // With -Debug, PowerShell turns every warning of a compiled cmdlet into a prompt, and
    // a host without a console fails that prompt with a NullReferenceException. Warnings
    // then go to the Debug stream the user asked for, marked as warnings.
    private readonly bool _warningsWouldPrompt;

    public CmdletLog(PSCmdlet cmdlet)
    {
        IsVerboseEnabled = IsStreamOn(cmdlet, "Verbose", "VerbosePreference");
        IsDebugEnabled = IsStreamOn(cmdlet, "Debug", "DebugPreference");

        var bound = cmdlet.MyInvocation.BoundParameters;
        _warningsWouldPrompt = bound.TryGetValue("Debug", out var debug)
            && debug is SwitchParameter { IsPresent: true }
            && !bound.ContainsKey("WarningAction");
    }

    public bool IsVerboseEnabled { get; }

    public bool IsDebugEnabled { get; }

    public void Verbose(string message) => _pending.Enqueue((LogLevel.Verbose, message));

    public void Debug(string message) => _pending.Enqueue((LogLevel.Debug, message));

    /// <summary>
    /// Queues a warning once per invocation: requests running in parallel that meet the
    /// same trouble should not repeat the same sentence.
    /// </summary>
    public void Warning(string message)
    {
        if (_warned.TryAdd(message, true))
        {
            _pending.Enqueue((LogLevel.Warning, message));
        }
    }

    /// <summary>Writes the waiting messages; call only on the pipeline thread.</summary>
    public void Drain(Cmdlet cmdlet)
    {
        while (_pending.TryDequeue(out var message))
        {
            switch (message.Level)
            {
                case LogLevel.Debug:
                    cmdlet.WriteDebug(message.Text);
                    break;

                case LogLevel.Warning when _warningsWouldPrompt:
                    cmdlet.WriteDebug("WARNING: " + message.Text);
                    break;

                case LogLevel.Warning:
                    cmdlet.WriteWarning(message.Text);
                    break;

                default:
                    cmdlet.WriteVerbose(message.Text);
                    break;
            }
        }
    }

    // -Verbose and -Debug set the command runtime's own flags, not the preference
    // variables, so both places have to be asked.
    private static bool IsStreamOn(PSCmdlet cmdlet, string switchName, string preferenceName)
    {
        if (cmdlet.MyInvocation.BoundParameters.TryGetValue(switchName, out var bound))
        {
            return bound is SwitchParameter { IsPresent: true } || bound is true;
        }

        var preference = cmdlet.GetVariableValue(preferenceName);
        return preference is ActionPreference value
            ? value != ActionPreference.SilentlyContinue && value != ActionPreference.Ignore
            : preference is not null && !string.Equals(preference.ToString(), "SilentlyContinue",
                System.StringComparison.OrdinalIgnoreCase);
    }
}
