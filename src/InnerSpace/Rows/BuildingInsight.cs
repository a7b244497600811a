using System;

namespace InnerSpace;

/// <summary>
/// One time bucket of a building's occupancy, as Get-BuildingInsight writes it. A plain
/// class rather than a PSCustomObject: PowerShell adds note properties slowly, and a
/// year of hourly rows for a portfolio is millions of objects.
/// </summary>
public sealed class BuildingInsight
{
    public int? BuildingId { get; set; }

    public long? SiteId { get; set; }

    public string? GroupId { get; set; }

    /// <summary>The bucket size as an ISO 8601 duration, such as PT1H.</summary>
    public string? Granularity { get; set; }

    /// <summary>The instant the bucket starts.</summary>
    public DateTimeOffset? DateTimeStart { get; set; }

    /// <summary>The building's local calendar day the bucket belongs to.</summary>
    public DateTime? DatePartition { get; set; }

    /// <summary>The mean number of people present over the bucket.</summary>
    public double? OccupancyMean { get; set; }

    public override string ToString() =>
        $"building {BuildingId} {Granularity} {DateTimeStart:u}: {OccupancyMean}";
}
