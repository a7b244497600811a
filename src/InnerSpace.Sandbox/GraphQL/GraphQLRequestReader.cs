using System.Text.Json;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Reads <c>{"query", "variables", "operationName"}</c> from a request body. A body that is not
/// such an object is an HTTP-level problem and answers 400, unlike GraphQL errors.
/// </summary>
internal static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static GraphQLRequest Read(byte[] body)
    {
        if (body.Length == 0)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.InvalidJson,
                "the request body is empty; send a JSON object with a query member");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.InvalidJson,
                "the request body is not valid JSON");
        }

        using (document)
        {
            return ReadRoot(document.RootElement);
        }
    }

    private static GraphQLRequest ReadRoot(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            // Hasura accepts batches; whether InnerSpace does is undocumented (CHOICES.md).
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                "batched requests are not supported by the sandbox; send one JSON object");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                "the request body must be a JSON object with a query member");
        }

        if (!root.TryGetProperty("query", out var query) || query.ValueKind == JsonValueKind.Null)
        {
            throw IsPersistedQuery(root)
                ? new GraphQLErrorException(new GraphQLError(
                    "automatic persisted queries are not enabled", "$", ErrorCodes.NotSupported))
                : GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                    "the request has no query member");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                "the query member must be a string");
        }

        return new GraphQLRequest(query.GetString()!, ReadVariables(root), ReadName(root));
    }

    private static JsonElement? ReadVariables(JsonElement root)
    {
        if (!root.TryGetProperty("variables", out var variables)
            || variables.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (variables.ValueKind != JsonValueKind.Object)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                "the variables member must be a JSON object");
        }

        return variables.Clone();
    }

    private static string? ReadName(JsonElement root)
    {
        if (!root.TryGetProperty("operationName", out var name)
            || name.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (name.ValueKind != JsonValueKind.String)
        {
            throw GraphQLErrorException.BadHttpRequest(ErrorCodes.BadRequest,
                "the operationName member must be a string");
        }

        return name.GetString();
    }

    // The third-party probe of the real API saw a not-supported error for such requests.
    private static bool IsPersistedQuery(JsonElement root)
    {
        return root.TryGetProperty("extensions", out var extensions)
            && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("persistedQuery", out _);
    }
}
