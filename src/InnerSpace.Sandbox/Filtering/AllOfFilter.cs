namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// Hasura's <c>_and</c>, and also what several members of one where object mean. With no
/// terms it matches every row, as an empty where object does.
/// </summary>
internal sealed class AllOfFilter(IReadOnlyList<FilterExpression> terms) : FilterExpression
{
    public IReadOnlyList<FilterExpression> Terms { get; } = terms;

    public override bool Matches(object?[] row)
    {
        foreach (var term in Terms)
        {
            if (!term.Matches(row))
            {
                return false;
            }
        }

        return true;
    }
}
