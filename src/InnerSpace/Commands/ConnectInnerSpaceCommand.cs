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
[Cmdlet(VerbsCommunications.Connect, "InnerSpace", DefaultParameterSetName = EnvironmentSet)]
[OutputType(typeof(InnerSpaceSession))]
public sealed class ConnectInnerSpaceCommand : InnerSpaceCmdlet
{
    private const string ClientSecretSet = "ClientSecret";
    private const string CredentialSet = "Credential";

    // With no credential parameters the command reads these, so that an unattended
    // runbook never meets a prompt.
    private const string EnvironmentSet = "Environment";
    private const string ClientIdVariable = "INNERSPACE_CLIENT_ID";
    private const string ClientSecretVariable = "INNERSPACE_CLIENT_SECRET";

    /// <summary>The client id InnerSpace issued.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = ClientSecretSet)]
    [ValidateNotNullOrEmpty]
    public string ClientId { get; set; } = string.Empty;

    /// <summary>
    /// The client secret, kept encrypted in memory until it is sent. Not mandatory to
    /// PowerShell, so that a script missing it fails with an error instead of a prompt.
    /// </summary>
    [Parameter(Position = 1, ParameterSetName = ClientSecretSet)]
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

    /// <summary>
    /// The most seconds one request may spend waiting between retries of throttled or
    /// failing calls, Retry-After waits included. 0 turns retries off.
    /// </summary>
    [Parameter]
    [ValidateRange(0, 3600)]
    public int MaxRetryTimeSec { get; set; } = 60;

    /// <summary>How many seconds one attempt may wait for the server to start answering.</summary>
    [Parameter]
    [ValidateRange(1, 3600)]
    public int TimeoutSec { get; set; } = 100;

    /// <summary>A proxy for the token and the API calls; the system proxy when left out.</summary>
    [Parameter]
    [ValidateNotNull]
    public Uri? Proxy { get; set; }

    /// <summary>The account the proxy asks for.</summary>
    [Parameter]
    [Credential]
    [ValidateNotNull]
    public PSCredential? ProxyCredential { get; set; }

    /// <summary>Writes the new session to the pipeline as well.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        RefusePlainHttpOffLoopback();

        var session = new InnerSpaceSession(ConnectionFromParameters(), OptionsFromParameters());

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

    private InnerSpaceConnectionInfo ConnectionFromParameters()
    {
        switch (ParameterSetName)
        {
            case CredentialSet:
                return new InnerSpaceConnectionInfo(BaseUri, Credential!.UserName, Credential.Password,
                    Audience);

            case ClientSecretSet when ClientSecret is not null:
                return new InnerSpaceConnectionInfo(BaseUri, ClientId, ClientSecret, Audience);

            case ClientSecretSet:
                ThrowTerminatingError(ErrorRecordFactory.BadInput(
                    new PSArgumentException("-ClientId needs -ClientSecret, for example " +
                        "-ClientSecret (Read-Host -AsSecureString), or use -Credential."),
                    ClientId,
                    ErrorIds.AuthenticationCredentialsMissing));
                return null!;

            default:
                var clientId = Environment.GetEnvironmentVariable(ClientIdVariable);
                var secret = Environment.GetEnvironmentVariable(ClientSecretVariable);
                if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
                {
                    ThrowTerminatingError(ErrorRecordFactory.BadInput(
                        new PSArgumentException("Connect-InnerSpace needs credentials: pass " +
                            "-ClientId and -ClientSecret, or -Credential, or set the environment " +
                            $"variables {ClientIdVariable} and {ClientSecretVariable}."),
                        null,
                        ErrorIds.AuthenticationCredentialsMissing));
                }

                using (var text = new SecureString())
                {
                    foreach (var character in secret!)
                    {
                        text.AppendChar(character);
                    }

                    return new InnerSpaceConnectionInfo(BaseUri, clientId!, text, Audience);
                }
        }
    }

    private InnerSpaceSessionOptions OptionsFromParameters()
    {
        var options = new InnerSpaceSessionOptions
        {
            MaxRetryTime = TimeSpan.FromSeconds(MaxRetryTimeSec),
            RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
        };

        if (Proxy is not null)
        {
            options.Proxy = new WebProxy(Proxy)
            {
                Credentials = ProxyCredential?.GetNetworkCredential(),
            };
        }

        return options;
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
