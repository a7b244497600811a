using System.Text.Json;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>The members of a GraphQL-over-HTTP request body.</summary>
/// <param name="Variables">A detached copy of the <c>variables</c> object, or null.</param>
internal sealed record GraphQLRequest(string Query, JsonElement? Variables, string? OperationName);
