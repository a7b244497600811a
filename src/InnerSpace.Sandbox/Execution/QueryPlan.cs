using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Execution;

/// <summary>A validated request, ready to stream: the members of <c>data</c> in order.</summary>
internal sealed record QueryPlan(
    IReadOnlyList<RootFieldPlan> Fields,
    TimestampFormat TimestampFormat = TimestampFormat.Utc);
