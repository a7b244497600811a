namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Group id rules. The v1 examples use <c>all-&lt;uuid&gt;</c> for everyone and the v2 example
/// uses the nil UUID; the sandbox lets a filter on the nil UUID match the everyone group, so
/// both documented queries return the demo rows (CHOICES.md). Rows always carry the all- id.
/// </summary>
internal static class GroupIds
{
    public const string Nil = "00000000-0000-0000-0000-000000000000";

    public const string EveryonePrefix = "all-";

    public static bool AreEquivalent(object cell, object operand)
    {
        if (cell is not string stored || operand is not string wanted)
        {
            return false;
        }

        return stored == wanted
            || (wanted == Nil && stored.StartsWith(EveryonePrefix, StringComparison.Ordinal));
    }
}
