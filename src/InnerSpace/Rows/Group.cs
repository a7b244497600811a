namespace InnerSpace;

/// <summary>
/// A group the API counts occupancy for, such as everyone, or one department, as
/// Get-InnerSpaceGroup writes it. Its GroupId is what -GroupId of the insight cmdlets takes.
/// </summary>
public sealed class Group
{
    public string? GroupId { get; set; }

    public string? GroupName { get; set; }

    public int? BuildingId { get; set; }

    public override string ToString() => $"{GroupName} ({GroupId})";
}
