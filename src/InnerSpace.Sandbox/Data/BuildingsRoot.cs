using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// <c>BUILDINGS</c> (name and columns inferred, CHOICES.md): one row per building with its
/// name, site, IANA time zone, capacity and ISO country code.
/// </summary>
internal sealed class BuildingsRoot(DemoCatalog catalog) : IRowSource
{
    public const string Name = "BUILDINGS";

    public static RootDefinition Create(DemoCatalog catalog)
    {
        return new RootDefinition(Name, Name,
        [
            new ColumnDefinition(InsightColumns.BuildingId, ColumnType.Int),
            new ColumnDefinition("BUILDING_NAME", ColumnType.String),
            new ColumnDefinition(InsightColumns.SiteId, ColumnType.Int),
            new ColumnDefinition("SITE_NAME", ColumnType.String),
            new ColumnDefinition("TIME_ZONE", ColumnType.String),
            new ColumnDefinition("CAPACITY", ColumnType.Int),
            new ColumnDefinition("COUNTRY", ColumnType.String),
        ], new BuildingsRoot(catalog));
    }

    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        return BuildingFilter.Admitted(catalog, constraints).Select(building => new object?[]
        {
            building.BuildingId,
            building.BuildingName,
            building.SiteId,
            building.SiteName,
            building.TimeZone.Id,
            (long)building.Capacity,
            building.Country,
        });
    }
}
