namespace InnerSpace.Client;

/// <summary>
/// Every error id the module reports, shaped <c>Area</c> + <c>Problem</c>. Scripts match on
/// these (<c>$_.FullyQualifiedErrorId</c>, Pester's <c>-ErrorId</c>), so they are part of
/// the public contract: add new ones, never rename.
/// </summary>
public static class ErrorIds
{
    /// <summary>The token endpoint refused the client id, secret or audience.</summary>
    public const string AuthenticationRejected = "AuthenticationRejected";

    /// <summary>No credentials were given and none are in the environment.</summary>
    public const string AuthenticationCredentialsMissing = "AuthenticationCredentialsMissing";

    /// <summary>The token endpoint answered, but not with a usable session id.</summary>
    public const string AuthenticationResponseInvalid = "AuthenticationResponseInvalid";

    /// <summary>A fresh session was refused (401) again right after re-authenticating.</summary>
    public const string SessionReauthenticationFailed = "SessionReauthenticationFailed";

    /// <summary>A command needs a session and none was given or connected.</summary>
    public const string SessionNotConnected = "SessionNotConnected";

    /// <summary>The API answered with an HTTP status that is not success.</summary>
    public const string ApiHttpError = "ApiHttpError";

    /// <summary>The API kept answering 429 until the retry time ran out.</summary>
    public const string ApiThrottled = "ApiThrottled";

    /// <summary>
    /// The API kept failing in a transient way (408, 5xx, no answer, timeout) until the
    /// retry time ran out.
    /// </summary>
    public const string ApiUnavailable = "ApiUnavailable";

    /// <summary>The API answered 200 with GraphQL errors in its body.</summary>
    public const string ApiGraphQLError = "ApiGraphQLError";

    /// <summary>The API's body was not the JSON the GraphQL envelope promises.</summary>
    public const string ApiResponseInvalid = "ApiResponseInvalid";

    /// <summary>
    /// The API's body broke off before its JSON ended (a cut connection). Insight cmdlets
    /// ask again before they report it.
    /// </summary>
    public const string ApiResponseIncomplete = "ApiResponseIncomplete";

    /// <summary>The request never got an HTTP answer (refused, reset, name not found).</summary>
    public const string TransportFailed = "TransportFailed";

    /// <summary>A failure the module did not foresee; please report it with its message.</summary>
    public const string Unexpected = "Unexpected";

    /// <summary>A parameter value cannot be sent, for example variables of an odd type.</summary>
    public const string ParameterInvalid = "ParameterInvalid";
}
