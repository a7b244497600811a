using System;

namespace InnerSpace.Client;

/// <summary>
/// A failure the client core understands. It carries a stable <see cref="ErrorId"/> and,
/// when the server answered, its status and a short excerpt of its body, so that the
/// cmdlets can turn it into an error record without guessing. Messages never hold the
/// client secret or the session id.
/// </summary>
public class InnerSpaceException : Exception
{
    public InnerSpaceException(
        string errorId,
        string message,
        int? statusCode = null,
        string? serverDetail = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorId = errorId;
        StatusCode = statusCode;
        ServerDetail = serverDetail;
    }

    /// <summary>One of the constants of <see cref="ErrorIds"/>.</summary>
    public string ErrorId { get; }

    /// <summary>The HTTP status of the answer, when there was one.</summary>
    public int? StatusCode { get; }

    /// <summary>What the server said in its own words: a message or a body excerpt.</summary>
    public string? ServerDetail { get; }
}
