using GraphQLParser.AST;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Flattens a selection set into its response keys, in selection order: expands named and
/// inline fragments, applies @skip and @include, and merges repeated selections of a field.
/// </summary>
internal sealed class SelectionCollector(
    SandboxSchema schema,
    IReadOnlyDictionary<string, GraphQLFragmentDefinition> fragments,
    IReadOnlyDictionary<string, BoundVariable> variables,
    string source)
{
    public IReadOnlyDictionary<string, BoundVariable> Variables => variables;

    /// <param name="typeName">The object type being selected, for fragment type conditions.</param>
    /// <param name="path">The error path of the field that owns the selection sets.</param>
    public List<CollectedField> Collect(
        IEnumerable<GraphQLSelectionSet> sets,
        string typeName,
        string path)
    {
        var fields = new List<CollectedField>();
        foreach (var set in sets)
        {
            Walk(set, typeName, path, fields, new HashSet<string>(StringComparer.Ordinal));
        }

        return fields;
    }

    private void Walk(
        GraphQLSelectionSet set,
        string typeName,
        string path,
        List<CollectedField> fields,
        HashSet<string> spreading)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    AddField(field, path, fields);
                    break;

                case GraphQLFragmentSpread spread:
                    WalkSpread(spread, typeName, path, fields, spreading);
                    break;

                case GraphQLInlineFragment inline
                    when DirectiveEvaluator.IsIncluded(inline.Directives, variables, path):
                    CheckTypeCondition(inline.TypeCondition, typeName, path);
                    Walk(inline.SelectionSet, typeName, path, fields, spreading);
                    break;
            }
        }
    }

    private void WalkSpread(
        GraphQLFragmentSpread spread,
        string typeName,
        string path,
        List<CollectedField> fields,
        HashSet<string> spreading)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!DirectiveEvaluator.IsIncluded(spread.Directives, variables, path))
        {
            return;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            throw GraphQLErrorException.Validation(path, $"unknown fragment '{name}'");
        }

        if (!spreading.Add(name))
        {
            throw GraphQLErrorException.Validation(path,
                $"the fragment '{name}' is spread within itself");
        }

        CheckTypeCondition(fragment.TypeCondition, typeName, path);
        Walk(fragment.SelectionSet, typeName, path, fields, spreading);
        spreading.Remove(name);
    }

    private void AddField(GraphQLField field, string path, List<CollectedField> fields)
    {
        var name = field.Name.StringValue;
        var key = field.Alias?.Name.StringValue ?? name;
        var fieldPath = $"{path}.selectionSet.{key}";
        if (!DirectiveEvaluator.IsIncluded(field.Directives, variables, fieldPath))
        {
            return;
        }

        var existing = fields.Find(collected => collected.ResponseKey == key);
        if (existing is null)
        {
            fields.Add(new CollectedField(key, name, field));
            return;
        }

        if (existing.Name != name || ArgumentText(existing.Nodes[0]) != ArgumentText(field))
        {
            throw GraphQLErrorException.Validation(fieldPath,
                $"fields '{key}' conflict because they select different fields or arguments; "
                + "use different aliases");
        }

        existing.Nodes.Add(field);
    }

    private void CheckTypeCondition(GraphQLTypeCondition? condition, string typeName, string path)
    {
        if (condition is null)
        {
            return;
        }

        var name = condition.Type.Name.StringValue;
        if (!schema.IsObjectType(name))
        {
            throw GraphQLErrorException.Validation(path, $"unknown type '{name}' in a fragment");
        }

        if (name != typeName)
        {
            throw GraphQLErrorException.Validation(path,
                $"a fragment on '{name}' cannot be used where '{typeName}' is selected");
        }
    }

    // Two selections of one field merge only with identical arguments; comparing their source
    // text without whitespace is enough for the cases clients produce.
    private string ArgumentText(GraphQLField field)
    {
        if (field.Arguments is null)
        {
            return "";
        }

        var (start, end) = field.Arguments.Location;
        return string.Concat(source.AsSpan(start, end - start).ToString()
            .Where(c => !char.IsWhiteSpace(c)));
    }
}
