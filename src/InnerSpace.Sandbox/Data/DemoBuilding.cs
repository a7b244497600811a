namespace InnerSpace.Sandbox.Data;

/// <summary>A building the sandbox has data for, with the facts its rows are built from.</summary>
/// <param name="EveryoneGroupId">The <c>all-</c> group that counts every person.</param>
/// <param name="Capacity">Roughly how many people fit; occupancy never exceeds it.</param>
internal sealed record DemoBuilding(
    long BuildingId,
    long SiteId,
    string EveryoneGroupId,
    TimeZoneInfo TimeZone,
    int Capacity);
