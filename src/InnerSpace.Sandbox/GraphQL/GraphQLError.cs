namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// One entry of the Hasura-style <c>errors</c> array. <paramref name="Path"/> is a JSON-path-like
/// pointer into the request, e.g. <c>$.selectionSet.BUILDING_INSIGHTS.args.where</c>.
/// </summary>
internal sealed record GraphQLError(string Message, string? Path, string Code);
