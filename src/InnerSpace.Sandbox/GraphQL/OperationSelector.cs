using GraphQLParser.AST;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>Picks the operation to run: by <c>operationName</c> when there are several.</summary>
internal static class OperationSelector
{
    public static SelectedOperation Select(GraphQLDocument document, string? operationName)
    {
        var operations = new List<GraphQLOperationDefinition>();
        var fragments = new Dictionary<string, GraphQLFragmentDefinition>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    break;

                case GraphQLFragmentDefinition fragment:
                    AddFragment(fragments, fragment);
                    break;

                default:
                    throw GraphQLErrorException.Validation("$.query", "the document may hold "
                        + $"only operations and fragments, not {definition.Kind}");
            }
        }

        RejectDuplicateNames(operations);
        return new SelectedOperation(Choose(operations, operationName), fragments);
    }

    private static void AddFragment(
        Dictionary<string, GraphQLFragmentDefinition> fragments,
        GraphQLFragmentDefinition fragment)
    {
        var name = fragment.FragmentName.Name.StringValue;
        if (!fragments.TryAdd(name, fragment))
        {
            throw GraphQLErrorException.Validation("$.query",
                $"the fragment '{name}' is defined more than once");
        }
    }

    private static void RejectDuplicateNames(List<GraphQLOperationDefinition> operations)
    {
        var duplicate = operations
            .Where(operation => operation.Name is not null)
            .GroupBy(operation => operation.Name!.StringValue)
            .FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw GraphQLErrorException.Validation("$.query",
                $"the operation '{duplicate.Key}' is defined more than once");
        }
    }

    private static GraphQLOperationDefinition Choose(
        List<GraphQLOperationDefinition> operations,
        string? operationName)
    {
        if (operationName is not null)
        {
            return operations.FirstOrDefault(op => op.Name?.StringValue == operationName)
                ?? throw GraphQLErrorException.Validation("$",
                    $"no such operation found in the document: '{operationName}'");
        }

        return operations.Count switch
        {
            1 => operations[0],
            0 => throw GraphQLErrorException.Validation("$", "the document holds no operation"),
            _ => throw GraphQLErrorException.Validation("$",
                "exactly one operation has to be present in the document "
                + "when operationName is not specified"),
        };
    }
}
