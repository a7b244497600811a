using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>A cmdlet that talks to the API through a session.</summary>
public abstract class InnerSpaceSessionCmdlet : InnerSpaceCmdlet
{
    /// <summary>
    /// The session to use instead of this runspace's default, for example one returned by
    /// 'Connect-InnerSpace -PassThru' and handed to a thread job.
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public InnerSpaceSession? Session { get; set; }

    /// <summary>The session to use; stops the command when there is none.</summary>
    internal InnerSpaceSession ResolveSession()
    {
        var session = Session ?? SessionRegistry.Current;
        if (session is null)
        {
            ThrowTerminatingError(ErrorRecordFactory.NotConnected());
        }

        // A session that was disconnected stops the command once, rather than failing
        // each of its requests.
        try
        {
            session!.ThrowIfDisconnected();
        }
        catch (InnerSpaceException disconnected)
        {
            ThrowTerminatingError(ErrorRecordFactory.From(disconnected, session!.BaseUri));
        }

        return session!;
    }

    /// <summary>Sends a request and writes its answer, one converted object per element.</summary>
    internal void Send<T>(GraphQLRequest request, IRowFactory<T> rows, object? target)
    {
        var session = ResolveSession();

        try
        {
            var response = Await(cancel => session.PostAsync(request, Log, cancel));
            WriteResponse(response, rows, target);
        }
        catch (InnerSpaceException failure)
        {
            WriteError(ErrorRecordFactory.From(failure, target));
        }
    }
}
