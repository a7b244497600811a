namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// Hasura's <c>_or</c>. An empty list matches nothing (the logical identity of "or"); the
/// real API's answer is undocumented, see CHOICES.md.
/// </summary>
internal sealed class AnyOfFilter(IReadOnlyList<FilterExpression> terms) : FilterExpression
{
    public IReadOnlyList<FilterExpression> Terms { get; } = terms;

    public override bool Matches(object?[] row)
    {
        foreach (var term in Terms)
        {
            if (term.Matches(row))
            {
                return true;
            }
        }

        return false;
    }
}
