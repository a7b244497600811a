namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// A timestamp filter value written without an offset while timestamps are served as local
/// times (<c>--timestamp-format local</c>). It means "this local clock time in each row's own
/// building", so it compares with a cell's local time, not with an instant.
/// </summary>
internal readonly record struct WallClock(DateTime Value);
