using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// One response key after fragments are expanded. <see cref="Nodes"/> holds every field node
/// merged into it: GraphQL lets the same field be selected more than once, e.g. by two fragments.
/// </summary>
internal sealed class CollectedField(string responseKey, string name, GraphQLField first)
{
    public string ResponseKey { get; } = responseKey;

    public string Name { get; } = name;

    public List<GraphQLField> Nodes { get; } = [first];

    public IEnumerable<GraphQLSelectionSet> SelectionSets =>
        Nodes.Select(node => node.SelectionSet).OfType<GraphQLSelectionSet>();
}
