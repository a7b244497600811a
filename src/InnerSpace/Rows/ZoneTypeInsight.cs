namespace InnerSpace;

/// <summary>
/// One time bucket of the occupancy of a building's zones of one type, as
/// Get-ZoneTypeInsight writes it.
/// </summary>
public sealed class ZoneTypeInsight : InsightRow
{
    /// <summary>The kind of space, such as a meeting room or a desk area.</summary>
    public string? ZoneType { get; set; }

    public override string ToString() => $"{ZoneType} zones of " + base.ToString();
}
