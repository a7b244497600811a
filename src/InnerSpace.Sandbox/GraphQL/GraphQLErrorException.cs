namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Stops planning a request and carries the error to the endpoint, which writes the envelope.
/// Every check happens before the first byte of data is written, so a failed request never
/// carries a <c>data</c> member.
/// </summary>
internal sealed class GraphQLErrorException : Exception
{
    public GraphQLErrorException(GraphQLError error, int statusCode = 200)
        : base(error.Message)
    {
        Error = error;
        StatusCode = statusCode;
    }

    public GraphQLError Error { get; }

    /// <summary>200 for GraphQL errors (Hasura's habit); 4xx for a bad HTTP request.</summary>
    public int StatusCode { get; }

    public static GraphQLErrorException Validation(string path, string message)
    {
        return new GraphQLErrorException(
            new GraphQLError(message, path, ErrorCodes.ValidationFailed));
    }

    public static GraphQLErrorException BadHttpRequest(string code, string message)
    {
        return new GraphQLErrorException(new GraphQLError(message, "$", code), 400);
    }
}
