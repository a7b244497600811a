namespace InnerSpace.Client;

/// <summary>A log that drops everything, for callers that do not listen.</summary>
public sealed class SilentLog : IInnerSpaceLog
{
    public static readonly SilentLog Instance = new();

    private SilentLog()
    {
    }

    public bool IsVerboseEnabled => false;

    public bool IsDebugEnabled => false;

    public void Verbose(string message)
    {
    }

    public void Debug(string message)
    {
    }

    public void Warning(string message)
    {
    }
}
