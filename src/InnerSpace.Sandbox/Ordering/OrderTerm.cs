using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Ordering;

/// <summary>One key of an <c>order_by</c>: a column, a direction and where nulls go.</summary>
internal sealed record OrderTerm(ColumnDefinition Column, bool Descending, bool NullsFirst);
