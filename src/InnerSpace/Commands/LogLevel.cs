namespace InnerSpace.Commands;

/// <summary>The PowerShell stream a queued log message goes to.</summary>
internal enum LogLevel
{
    Verbose,
    Debug,
    Warning,
}
