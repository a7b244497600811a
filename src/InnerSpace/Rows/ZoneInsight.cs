namespace InnerSpace;

/// <summary>One time bucket of a zone's occupancy, as Get-ZoneInsight writes it.</summary>
public sealed class ZoneInsight : InsightRow
{
    public int? ZoneId { get; set; }

    /// <summary>The kind of space, such as a meeting room or a desk area.</summary>
    public string? ZoneType { get; set; }

    public override string ToString() => $"zone {ZoneId} ({ZoneType}) of " + base.ToString();
}
