using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// <c>GROUPS</c> (name and columns inferred, CHOICES.md): the groups that have insight rows,
/// which are each building's <c>all-</c> everyone group. The nil UUID matches them in filters,
/// as it does in the insight roots.
/// </summary>
internal sealed class GroupsRoot(DemoCatalog catalog) : IRowSource
{
    public const string Name = "GROUPS";

    public const string EveryoneName = "Everyone";

    public static RootDefinition Create(DemoCatalog catalog)
    {
        return new RootDefinition(Name, Name,
        [
            new ColumnDefinition(InsightColumns.GroupId, ColumnType.String, GroupIds.AreEquivalent),
            new ColumnDefinition("GROUP_NAME", ColumnType.String),
            new ColumnDefinition(InsightColumns.BuildingId, ColumnType.Int),
        ], new GroupsRoot(catalog));
    }

    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        return catalog.Buildings
            .Where(building => constraints.Admits(InsightColumns.BuildingId, building.BuildingId))
            .Select(building => new object?[]
            {
                building.EveryoneGroupId,
                EveryoneName,
                building.BuildingId,
            });
    }
}
