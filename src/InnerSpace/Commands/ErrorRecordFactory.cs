using System;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Turns the core's failures into error records with a stable id, a real category, a
/// target and the server's own words in <see cref="ErrorDetails"/>.
/// </summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord From(InnerSpaceException failure, object? target)
    {
        var record = new ErrorRecord(failure, failure.ErrorId, CategoryOf(failure), target);
        if (!string.IsNullOrEmpty(failure.ServerDetail))
        {
            record.ErrorDetails = new ErrorDetails(
                failure.Message + " The server said: " + failure.ServerDetail);
        }

        return record;
    }

    /// <summary>An error record for whatever ended one request.</summary>
    public static ErrorRecord FromFailure(Exception failure, object? target) => failure switch
    {
        InnerSpaceException known => From(known, target),
        FormatException wrongShape => From(new InnerSpaceException(ErrorIds.ApiResponseInvalid,
            wrongShape.Message, innerException: wrongShape), target),
        _ => new ErrorRecord(failure, ErrorIds.Unexpected, ErrorCategory.NotSpecified, target),
    };

    public static ErrorRecord From(GraphQLError error, object? target)
    {
        var failure = new InnerSpaceException(
            ErrorIds.ApiGraphQLError,
            "InnerSpace returned a GraphQL error: " + error,
            serverDetail: error.Message);
        var category = error.Code is "validation-failed" or "parse-failed"
            ? ErrorCategory.InvalidArgument
            : ErrorCategory.InvalidOperation;

        return new ErrorRecord(failure, failure.ErrorId, category, target);
    }

    /// <summary>
    /// An error record for input the command cannot use, found before any request:
    /// <see cref="ErrorIds.ParameterInvalid"/> unless a more precise id is given.
    /// </summary>
    public static ErrorRecord BadInput(
        Exception problem,
        object? target,
        string errorId = ErrorIds.ParameterInvalid) =>
        new(problem, errorId, ErrorCategory.InvalidArgument, target);

    public static ErrorRecord NotConnected() =>
        From(new InnerSpaceException(
            ErrorIds.SessionNotConnected,
            "There is no InnerSpace session in this runspace. Run Connect-InnerSpace first, " +
            "or pass a session from 'Connect-InnerSpace -PassThru' to -Session."),
            target: null);

    private static ErrorCategory CategoryOf(InnerSpaceException failure) => failure.ErrorId switch
    {
        ErrorIds.AuthenticationRejected => ErrorCategory.AuthenticationError,
        ErrorIds.SessionReauthenticationFailed => ErrorCategory.AuthenticationError,
        ErrorIds.AuthenticationResponseInvalid => ErrorCategory.InvalidResult,
        ErrorIds.SessionNotConnected => ErrorCategory.InvalidOperation,
        ErrorIds.ApiResponseInvalid => ErrorCategory.InvalidResult,
        ErrorIds.ApiResponseIncomplete => ErrorCategory.ReadError,
        ErrorIds.TransportFailed => ErrorCategory.ConnectionError,
        ErrorIds.ParameterInvalid => ErrorCategory.InvalidArgument,
        ErrorIds.ApiHttpError => CategoryOfStatus(failure.StatusCode),
        ErrorIds.ApiThrottled => ErrorCategory.LimitsExceeded,
        ErrorIds.ApiUnavailable => ErrorCategory.ResourceUnavailable,
        _ => ErrorCategory.NotSpecified,
    };

    private static ErrorCategory CategoryOfStatus(int? status) => status switch
    {
        403 => ErrorCategory.PermissionDenied,
        404 => ErrorCategory.ObjectNotFound,
        429 => ErrorCategory.LimitsExceeded,
        >= 400 and < 500 => ErrorCategory.InvalidArgument,
        _ => ErrorCategory.ConnectionError,
    };
}
