namespace InnerSpace.Sandbox.Data;

/// <summary>
/// A span of whole local days that rows are generated for: one day, a Monday-to-Sunday week
/// or a calendar month. Its DATE_PARTITION is its first day.
/// </summary>
/// <param name="StartUtc">Local midnight of the first day, as a UTC instant.</param>
/// <param name="EndUtc">Local midnight after the last day, as a UTC instant.</param>
internal sealed record CalendarPeriod(
    DateOnly FirstDay,
    int DayCount,
    DateTime StartUtc,
    DateTime EndUtc)
{
    public long Partition => LocalCalendar.PartitionOf(FirstDay);

    public IEnumerable<DateOnly> Days => Enumerable.Range(0, DayCount).Select(FirstDay.AddDays);
}
