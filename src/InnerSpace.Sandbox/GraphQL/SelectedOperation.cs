using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>The operation a request runs, and the fragments its document defines.</summary>
internal sealed record SelectedOperation(
    GraphQLOperationDefinition Operation,
    IReadOnlyDictionary<string, GraphQLFragmentDefinition> Fragments);
