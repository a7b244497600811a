namespace InnerSpace.Client;

/// <summary>
/// Where the client core reports what it does. The cmdlets route it to PowerShell's
/// Verbose and Debug streams; tests collect it to prove that no secret is ever written.
/// Callers check the Is*Enabled flags first so that no text is built for a silent stream.
/// </summary>
public interface IInnerSpaceLog
{
    bool IsVerboseEnabled { get; }

    bool IsDebugEnabled { get; }

    void Verbose(string message);

    void Debug(string message);

    /// <summary>Something the user should know even without asking, such as a long retry.</summary>
    void Warning(string message);
}
