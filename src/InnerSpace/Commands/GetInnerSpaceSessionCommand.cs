using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Shows the runspace's default session: where it connects, as which client, since when,
/// and how many requests and re-authentications it made. Nothing secret.
/// </summary>
[Cmdlet(VerbsCommon.Get, "InnerSpaceSession")]
[OutputType(typeof(InnerSpaceSession))]
public sealed class GetInnerSpaceSessionCommand : InnerSpaceCmdlet
{
    protected override void ProcessRecord()
    {
        var session = SessionRegistry.Current;
        if (session is not null)
        {
            WriteObject(session);
        }
    }
}
