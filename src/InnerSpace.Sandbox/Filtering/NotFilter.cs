namespace InnerSpace.Sandbox.Filtering;

/// <summary>Hasura's <c>_not</c>.</summary>
internal sealed class NotFilter(FilterExpression inner) : FilterExpression
{
    public FilterExpression Inner { get; } = inner;

    public override bool Matches(object?[] row)
    {
        return !Inner.Matches(row);
    }
}
