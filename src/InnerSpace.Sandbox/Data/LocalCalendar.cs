namespace InnerSpace.Sandbox.Data;

/// <summary>Maps a building's local days to UTC instants and to DATE_PARTITION numbers.</summary>
internal static class LocalCalendar
{
    /// <summary>The UTC instant of local midnight, the start of the day's first bucket.</summary>
    public static DateTime StartOfDayUtc(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);

        // Where a zone springs forward at midnight, the day starts at its first valid time.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>A UTC instant stamped with the zone's offset at that instant.</summary>
    public static DateTimeOffset Instant(DateTime utc, TimeZoneInfo zone)
    {
        var at = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return at.ToOffset(zone.GetUtcOffset(at));
    }

    /// <summary>YYYYMMDD of the local date, e.g. 20250501.</summary>
    public static long PartitionOf(DateOnly day)
    {
        return (day.Year * 10_000L) + (day.Month * 100) + day.Day;
    }
}
