using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The declaration of <c>BUILDING_INSIGHTS</c>: the seven documented columns. Their GraphQL
/// types are inferred from the examples (CHOICES.md). Another root is added the same way.
/// </summary>
internal static class BuildingInsightsRoot
{
    public const string Name = "BUILDING_INSIGHTS";

    public static RootDefinition Create(IRowSource source)
    {
        // Hasura names a table's object type after the table, so the type name is the root's.
        return new RootDefinition(Name, Name, InsightColumns.Shared(), source);
    }
}
