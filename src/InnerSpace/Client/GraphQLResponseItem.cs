namespace InnerSpace.Client;

/// <summary>
/// One thing found in a GraphQL answer, in the order the body holds it: either an element
/// of a root field of <c>data</c>, or an entry of <c>errors</c>.
/// </summary>
internal readonly struct GraphQLResponseItem<T>
{
    private GraphQLResponseItem(string? rootField, T? value, GraphQLError? error)
    {
        RootField = rootField;
        Value = value;
        Error = error;
    }

    /// <summary>The root field (or its alias) the value belongs to.</summary>
    public string? RootField { get; }

    /// <summary>One list element, or the whole value of a root field that is not a list.</summary>
    public T? Value { get; }

    public GraphQLError? Error { get; }

    public bool IsError => Error is not null;

    public static GraphQLResponseItem<T> ForValue(string rootField, T value) => new(rootField, value, null);

    public static GraphQLResponseItem<T> ForError(GraphQLError error) => new(null, default, error);

    public override string ToString() => IsError ? "error: " + Error : $"{RootField}: {Value}";
}
