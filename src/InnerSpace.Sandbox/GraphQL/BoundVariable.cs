namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// A declared variable with its value for this request. <paramref name="Value"/> is null when
/// the request gave no value and there is no default: GraphQL then treats every place that
/// uses it as if it were left out.
/// </summary>
internal sealed record BoundVariable(
    string Name,
    TypeRef Type,
    InputValue? Value,
    bool HasNonNullDefault);
