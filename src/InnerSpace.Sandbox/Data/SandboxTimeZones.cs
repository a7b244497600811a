using System.Collections.Concurrent;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The IANA zones the portfolio uses. Each falls back to its current rules where the machine
/// has no time zone database, so the data is the same on a bare container.
/// </summary>
internal static class SandboxTimeZones
{
    public const string Chicago = "America/Chicago";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Loaded = new();

    public static TimeZoneInfo Load(string id)
    {
        return Loaded.GetOrAdd(id, Find);
    }

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception exception) when (
            exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return Fallback(id);
        }
    }

    /// <summary>The built-in rules for <paramref name="id"/>; tests compare them.</summary>
    internal static TimeZoneInfo Fallback(string id)
    {
        // Month, week (5 = last), weekday and local hour of the switch to and from summer time.
        return id switch
        {
            "America/Chicago" => Build(id, -6, (3, 2, 2), (11, 1, 2)),
            "America/New_York" => Build(id, -5, (3, 2, 2), (11, 1, 2)),
            "Europe/London" => Build(id, 0, (3, 5, 1), (10, 5, 2)),
            "Europe/Berlin" => Build(id, 1, (3, 5, 2), (10, 5, 3)),
            "Australia/Sydney" => Build(id, 10, (10, 1, 2), (4, 1, 3)),
            "Asia/Singapore" => TimeZoneInfo.CreateCustomTimeZone(
                id, TimeSpan.FromHours(8), id, id),
            _ => throw new TimeZoneNotFoundException($"no fallback rules for {id}"),
        };
    }

    private static TimeZoneInfo Build(
        string id,
        int standardHours,
        (int Month, int Week, int Hour) summerStarts,
        (int Month, int Week, int Hour) summerEnds)
    {
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            Transition(summerStarts),
            Transition(summerEnds));
        return TimeZoneInfo.CreateCustomTimeZone(
            id, TimeSpan.FromHours(standardHours), id, id, id + " summer", [rule]);
    }

    private static TimeZoneInfo.TransitionTime Transition((int Month, int Week, int Hour) at)
    {
        var time = new DateTime(1, 1, 1, at.Hour, 0, 0);
        return TimeZoneInfo.TransitionTime.CreateFloatingDateRule(
            time, at.Month, at.Week, DayOfWeek.Sunday);
    }
}
