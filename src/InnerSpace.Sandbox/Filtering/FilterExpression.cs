namespace InnerSpace.Sandbox.Filtering;

/// <summary>A parsed <c>where</c> argument, evaluated against one row array at a time.</summary>
internal abstract class FilterExpression
{
    public abstract bool Matches(object?[] row);
}
