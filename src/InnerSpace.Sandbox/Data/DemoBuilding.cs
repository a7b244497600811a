namespace InnerSpace.Sandbox.Data;

/// <summary>A building the sandbox has data for, with the facts its rows are built from.</summary>
/// <param name="EveryoneGroupId">The <c>all-</c> group that counts every person.</param>
/// <param name="Country">ISO 3166 alpha-2 code; it picks the public holidays.</param>
/// <param name="Capacity">Roughly how many people fit; occupancy never exceeds it.</param>
internal sealed record DemoBuilding(
    long BuildingId,
    string BuildingName,
    long SiteId,
    string SiteName,
    string EveryoneGroupId,
    TimeZoneInfo TimeZone,
    string Country,
    int Capacity)
{
    /// <summary>The building's zones, laid out from its capacity.</summary>
    public IReadOnlyList<DemoZone> Zones { get; } = ZoneLayout.For(BuildingId, Capacity);
}
