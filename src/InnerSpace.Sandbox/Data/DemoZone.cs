namespace InnerSpace.Sandbox.Data;

/// <summary>A zone (an area drawn on a floor plan) of a building, with its type and size.</summary>
internal sealed record DemoZone(long ZoneId, string ZoneType, int Capacity);
