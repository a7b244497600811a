using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Exchanges a client id and secret for an InnerSpace session and makes it the default
/// session of the current runspace.
/// </summary>
[Cmdlet(VerbsCommunications.Connect, "InnerSpace", DefaultParameterSetName = ClientSecretSet)]
[OutputType(typeof(InnerSpaceSession))]
public sealed class ConnectInnerSpaceCommand : InnerSpaceCmdlet
{
    private const string ClientSecretSet = "ClientSecret";
    private const string CredentialSet = "Credential";

    /// <summary>The client id InnerSpace issued.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ClientSecretSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The client secret, kept encrypted in memory until it is sent.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = ClientSecretSet)]
    [ValidateNotNull]
    public SecureString? ClientSecret { get; set; }

    /// <summary>The client id as user name and the client secret as password.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CredentialSet)]
    [Credential]
    [ValidateNotNull]
    public PSCredential? Credential { get; set; }

    /// <summary>
    /// The API host; the production one unless you point it at the sandbox. Plain http
    /// is accepted only for loopback, so secrets never cross a network unencrypted.
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    public Uri BaseUri { get; set; } = InnerSpaceConnectionInfo.DefaultBaseUri;

    /// <summary>The audience of the token request; the documented one unless told.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string Audience { get; set; } = InnerSpaceConnectionInfo.DefaultAudience;

    /// <summary>Writes the new session to the pipeline as well.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        RefusePlainHttpOffLoopback();

        var connection = ParameterSetName == CredentialSet
            ? new InnerSpaceConnectionInfo(BaseUri, Credential!.UserName, Credential.Password, Audience)
            : new InnerSpaceConnectionInfo(BaseUri, ClientId, ClientSecret!, Audience);
        var session = new InnerSpaceSession(connection);

        try
        {
            Await(cancel => session.ConnectAsync(Log, cancel));
        }
        catch (InnerSpaceException failure)
        {
            // A failed connect leaves the runspace's previous session in place.
            session.Dispose();
            ThrowTerminatingError(ErrorRecordFactory.From(failure, BaseUri));
        }
        catch
        {
            session.Dispose();
            throw;
        }

        // The replaced session is not disposed: a script may still hold it from -PassThru.
        SessionRegistry.Replace(session);
        WriteVerbose($"Connected to {session.BaseUri} as client {session.ClientId}.");

        if (PassThru)
        {
            WriteObject(session);
        }
    }

    private void RefusePlainHttpOffLoopback()
    {
        var isHttps = BaseUri.IsAbsoluteUri && BaseUri.Scheme == Uri.UriSchemeHttps;
        var isLoopbackHttp = BaseUri.IsAbsoluteUri && BaseUri.Scheme == Uri.UriSchemeHttp
            && (BaseUri.IsLoopback || (IPAddress.TryParse(BaseUri.Host.Trim('[', ']'), out var ip)
                && IPAddress.IsLoopback(ip)));

        if (isHttps || isLoopbackHttp)
        {
            return;
        }

        var failure = new InnerSpaceException(
            ErrorIds.ParameterInvalid,
            $"The base URI '{BaseUri}' is refused: use https, or http only for a loopback " +
            "address such as the local sandbox (http://127.0.0.1:<port>).");
        ThrowTerminatingError(ErrorRecordFactory.From(failure, BaseUri));
    }
}
