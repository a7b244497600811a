namespace InnerSpace.Sandbox.Data;

/// <summary>One hour bucket of a building day: its UTC start and mean people count.</summary>
internal readonly record struct HourlyOccupancy(DateTime StartUtc, double Mean);
