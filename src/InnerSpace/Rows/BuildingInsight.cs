namespace InnerSpace;

/// <summary>One time bucket of a building's occupancy, as Get-BuildingInsight writes it.</summary>
public sealed class BuildingInsight : InsightRow
{
}
