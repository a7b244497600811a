namespace InnerSpace.Sandbox.Filtering;

/// <summary>The single-operand comparisons: <c>_eq _neq _gt _gte _lt _lte</c>.</summary>
internal enum ComparisonOperator
{
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
}
