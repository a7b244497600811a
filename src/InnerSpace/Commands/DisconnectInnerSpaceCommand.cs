using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Ends a session: the runspace's default one, or the one given. Requests through it fail
/// afterwards, and the runspace has no default session until the next Connect-InnerSpace.
/// </summary>
[Cmdlet(VerbsCommunications.Disconnect, "InnerSpace")]
[OutputType(typeof(void))]
public sealed class DisconnectInnerSpaceCommand : InnerSpaceCmdlet
{
    /// <summary>The session to end instead of the runspace's default.</summary>
    [Parameter(ValueFromPipeline = true)]
    [ValidateNotNull]
    public InnerSpaceSession? Session { get; set; }

    protected override void ProcessRecord()
    {
        var current = SessionRegistry.Current;
        var target = Session ?? current;
        if (target is null)
        {
            WriteVerbose("There is no InnerSpace session to disconnect.");
            return;
        }

        if (ReferenceEquals(target, current))
        {
            SessionRegistry.Replace(null);
        }

        target.Dispose();
        WriteVerbose($"Disconnected from {target.BaseUri}.");
    }
}
