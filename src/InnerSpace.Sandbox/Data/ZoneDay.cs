namespace InnerSpace.Sandbox.Data;

/// <summary>One local day of a building's zones: a series per zone and per zone type.</summary>
/// <param name="Zones">In the order of <see cref="DemoBuilding.Zones"/>.</param>
/// <param name="Types">Per zone type the building has, the mean over its zones.</param>
internal sealed record ZoneDay(
    IReadOnlyList<DayValues> Zones,
    IReadOnlyDictionary<string, DayValues> Types);
