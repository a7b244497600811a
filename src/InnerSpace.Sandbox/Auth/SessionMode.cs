namespace InnerSpace.Sandbox.Auth;

/// <summary>How a session's lifetime is counted (<c>--session-mode</c>).</summary>
internal enum SessionMode
{
    /// <summary>From its issue; use does not extend it. The default.</summary>
    Fixed,

    /// <summary>From its last successful use: a sliding idle timeout.</summary>
    Idle,
}
