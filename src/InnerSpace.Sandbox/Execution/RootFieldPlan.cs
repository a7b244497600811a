namespace InnerSpace.Sandbox.Execution;

/// <summary>
/// One member of <c>data</c>: a root read (<paramref name="Query"/> set) or the root-level
/// <c>__typename</c> (<paramref name="Query"/> null).
/// </summary>
internal sealed record RootFieldPlan(
    string ResponseKey,
    RowQuery? Query,
    IReadOnlyList<OutputColumn> Columns);
