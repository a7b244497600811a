using System;

namespace InnerSpace.Client;

/// <summary>
/// A timestamp the API sent without an offset: the building's local wall-clock time. It
/// becomes an instant once the building's time zone is known.
/// </summary>
internal readonly struct WallClockTime
{
    public WallClockTime(DateTime value)
    {
        Value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
    }

    public DateTime Value { get; }

    /// <summary>
    /// The instant in <paramref name="zone"/>. In the hour that repeats when clocks go back,
    /// the text cannot tell which of the two it means; the standard-time one is taken.
    /// </summary>
    public DateTimeOffset In(TimeZoneInfo zone) => new(Value, zone.GetUtcOffset(Value));

    public override string ToString() => Value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFF") + " (local)";
}
