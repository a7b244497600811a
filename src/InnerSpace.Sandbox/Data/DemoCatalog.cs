namespace InnerSpace.Sandbox.Data;

/// <summary>The buildings and the span of local days the sandbox serves.</summary>
internal sealed class DemoCatalog(
    IReadOnlyList<DemoBuilding> buildings,
    DateOnly firstDay,
    DateOnly lastDay)
{
    public const int DefaultBuildingCount = 5;

    /// <summary>All of 2025, which holds the documented example day, 2025-05-01.</summary>
    public static readonly DateOnly DefaultFirstDay = new(2025, 1, 1);

    public static readonly DateOnly DefaultLastDay = new(2025, 12, 31);

    public IReadOnlyList<DemoBuilding> Buildings { get; } = buildings;

    public DateOnly FirstDay { get; } = firstDay;

    public DateOnly LastDay { get; } = lastDay;

    public static DemoCatalog Create(int buildingCount, DateOnly firstDay, DateOnly lastDay)
    {
        return new DemoCatalog(PortfolioBuilder.Create(buildingCount), firstDay, lastDay);
    }

    public static DemoCatalog CreateDefault()
    {
        return Create(DefaultBuildingCount, DefaultFirstDay, DefaultLastDay);
    }
}
