namespace InnerSpace.Sandbox.Hosting;

/// <summary>
/// A bad option. The command line prints the message and exits with code 2; in-process
/// callers see an <see cref="ArgumentException"/>.
/// </summary>
public sealed class SandboxOptionsException : ArgumentException
{
    public SandboxOptionsException(string message)
        : base(message)
    {
    }
}
