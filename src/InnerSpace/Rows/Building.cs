namespace InnerSpace;

/// <summary>
/// A building of the directory, as Get-InnerSpaceBuilding writes it. Its BuildingId binds
/// to the insight cmdlets by property name, so the directory pipes into them.
/// </summary>
public sealed class Building
{
    public int? BuildingId { get; set; }

    public string? BuildingName { get; set; }

    public long? SiteId { get; set; }

    public string? SiteName { get; set; }

    /// <summary>The building's IANA time zone, which its local days follow.</summary>
    public string? TimeZone { get; set; }

    /// <summary>How many people the building holds.</summary>
    public int? Capacity { get; set; }

    public string? Country { get; set; }

    public override string ToString() => $"{BuildingId} {BuildingName}";
}
