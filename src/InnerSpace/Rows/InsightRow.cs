using System;

namespace InnerSpace;

/// <summary>
/// What every insight row has: where it was measured, for whom, over which time bucket,
/// and the mean occupancy. Plain classes rather than PSCustomObjects: PowerShell adds
/// note properties slowly, and a year of hourly rows for a portfolio is millions of rows.
/// </summary>
public abstract class InsightRow
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
