using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>Parses query text with GraphQLParser; syntax errors are parse-failed.</summary>
internal static class DocumentParser
{
    // The depth cap keeps a hostile nesting from exhausting the stack.
    private static readonly ParserOptions Options = new()
    {
        Ignore = IgnoreOptions.Comments,
        MaxDepth = 64,
    };

    public static GraphQLDocument Parse(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, Options);
        }
        catch (GraphQLParserException exception)
        {
            var where = $"line {exception.Location.Line}, column {exception.Location.Column}";
            throw ParseFailed($"not a valid graphql query: {exception.Description} ({where})");
        }

        if (document.Definitions.Count == 0)
        {
            throw ParseFailed("not a valid graphql query: the document is empty");
        }

        return document;
    }

    private static GraphQLErrorException ParseFailed(string message)
    {
        var error = new GraphQLError(message, "$.query", ErrorCodes.ParseFailed);
        return new GraphQLErrorException(error);
    }
}
