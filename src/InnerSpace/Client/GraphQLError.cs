namespace InnerSpace.Client;

/// <summary>
/// One entry of a GraphQL <c>errors</c> array, in the shape Hasura-style servers use:
/// a message plus <c>extensions.code</c> and <c>extensions.path</c>.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(string message, string? code, string? path)
    {
        Message = message;
        Code = code;
        Path = path;
    }

    public string Message { get; }

    /// <summary>The server's error code, such as <c>validation-failed</c>.</summary>
    public string? Code { get; }

    /// <summary>Where in the request the server found the problem.</summary>
    public string? Path { get; }

    public override string ToString()
    {
        var suffix = Code is null ? string.Empty : $" ({Code}{(Path is null ? "" : " at " + Path)})";
        return Message + suffix;
    }
}
