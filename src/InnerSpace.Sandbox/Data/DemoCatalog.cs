namespace InnerSpace.Sandbox.Data;

/// <summary>The buildings and the span of local days the sandbox serves.</summary>
internal sealed class DemoCatalog(
    IReadOnlyList<DemoBuilding> buildings,
    DateOnly firstDay,
    DateOnly lastDay)
{
    public IReadOnlyList<DemoBuilding> Buildings { get; } = buildings;

    public DateOnly FirstDay { get; } = firstDay;

    public DateOnly LastDay { get; } = lastDay;

    /// <summary>
    /// Building 71 is the documented demo building and 900000222 the site the examples pair
    /// with it; its time zone and capacity are sandbox choices (CHOICES.md). The year 2025
    /// covers the documented example day, 2025-05-01.
    /// </summary>
    public static DemoCatalog CreateDefault()
    {
        var demo = new DemoBuilding(
            BuildingId: 71,
            SiteId: 900000222,
            EveryoneGroupId: "all-e707b3a8-0732-49ae-9156-13ff1138540e",
            TimeZone: CentralTimeZone.Load(),
            Capacity: 400);
        return new DemoCatalog([demo], new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
    }
}
