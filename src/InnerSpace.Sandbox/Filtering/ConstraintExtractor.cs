using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// Derives push-down constraints from a filter. Only the top-level conjunction is read:
/// <c>_or</c> and <c>_not</c> are skipped, which keeps the result a safe superset. So are
/// wall-clock times, whose instant differs per building.
/// </summary>
internal static class ConstraintExtractor
{
    public static RowConstraints Extract(FilterExpression filter)
    {
        var constraints = new RowConstraints();
        Visit(filter, constraints);
        return constraints;
    }

    private static void Visit(FilterExpression filter, RowConstraints constraints)
    {
        switch (filter)
        {
            case AllOfFilter all:
                foreach (var term in all.Terms)
                {
                    Visit(term, constraints);
                }

                break;

            case ColumnComparison comparison
                when !comparison.Column.HasCustomEquality && comparison.Operand is not WallClock:
                Apply(comparison, constraints.GetOrAdd(comparison.Column.Name));
                break;

            case InListFilter list when !list.Negated && !list.Column.HasCustomEquality
                && !list.Operands.Any(operand => operand is WallClock):
                constraints.GetOrAdd(list.Column.Name).RestrictTo(list.Operands);
                break;
        }
    }

    private static void Apply(ColumnComparison comparison, ColumnConstraint constraint)
    {
        var value = comparison.Operand;
        switch (comparison.Operator)
        {
            case ComparisonOperator.Equal:
                constraint.RestrictTo([value]);
                break;

            case ComparisonOperator.Greater:
                constraint.RaiseLower(value, inclusive: false);
                break;

            case ComparisonOperator.GreaterOrEqual:
                constraint.RaiseLower(value, inclusive: true);
                break;

            case ComparisonOperator.Less:
                constraint.LowerUpper(value, inclusive: false);
                break;

            case ComparisonOperator.LessOrEqual:
                constraint.LowerUpper(value, inclusive: true);
                break;
        }
    }
}
