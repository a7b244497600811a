namespace InnerSpace.Sandbox.Data;

/// <summary>
/// America/Chicago, the demo building's zone (the v1 example's 06:00Z week start is midnight at
/// UTC-6). Falls back to the US rules since 2007 where the machine has no time zone database,
/// so the data is the same on a bare container.
/// </summary>
internal static class CentralTimeZone
{
    public const string Id = "America/Chicago";

    private static readonly Lazy<TimeZoneInfo> Zone = new(Find);

    public static TimeZoneInfo Load()
    {
        return Zone.Value;
    }

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(Id);
        }
        catch (Exception exception) when (
            exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return BuildFromUsRules();
        }
    }

    private static TimeZoneInfo BuildFromUsRules()
    {
        var twoAm = new DateTime(1, 1, 1, 2, 0, 0);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2007, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(twoAm, 3, 2, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(twoAm, 11, 1, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(
            Id, TimeSpan.FromHours(-6), "Central Time (US)", "CST", "CDT", [rule]);
    }
}
