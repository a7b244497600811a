namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// The <c>extensions.code</c> values the sandbox answers with. The first two are Hasura's own;
/// the others are sandbox choices listed in CHOICES.md.
/// </summary>
internal static class ErrorCodes
{
    public const string ValidationFailed = "validation-failed";

    public const string ParseFailed = "parse-failed";

    public const string InvalidJson = "invalid-json";

    public const string BadRequest = "bad-request";

    public const string InvalidSession = "invalid-session";

    public const string NotSupported = "not-supported";

    public const string NotFound = "not-found";

    public const string MethodNotAllowed = "method-not-allowed";

    public const string Unexpected = "unexpected";
}
