using Newtonsoft.Json.Linq;

namespace InnerSpace.Client;

/// <summary>
/// One thing found in a GraphQL answer, in the order the body holds it: either an element
/// of a root field of <c>data</c>, or an entry of <c>errors</c>.
/// </summary>
public sealed class GraphQLResponseItem
{
    private GraphQLResponseItem(string? rootField, JToken? value, GraphQLError? error)
    {
        RootField = rootField;
        Value = value;
        Error = error;
    }

    /// <summary>The root field (or its alias) the value belongs to.</summary>
    public string? RootField { get; }

    /// <summary>One list element, or the whole value of a root field that is not a list.</summary>
    public JToken? Value { get; }

    public GraphQLError? Error { get; }

    public bool IsError => Error is not null;

    internal static GraphQLResponseItem ForValue(string rootField, JToken value) =>
        new(rootField, value, null);

    internal static GraphQLResponseItem ForError(GraphQLError error) => new(null, null, error);
}
