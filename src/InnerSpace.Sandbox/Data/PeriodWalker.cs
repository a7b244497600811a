using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Lists the periods of one granularity that a building's rows may come from, skipping those
/// the DATE_PARTITION and DATE_TIME_START constraints rule out. Weeks start on Monday and
/// months on the 1st, at local midnight; only periods that lie wholly inside the served
/// days are listed, so every weekly or monthly row is the mean of daily rows that exist.
/// </summary>
internal sealed class PeriodWalker(DemoCatalog catalog, RowConstraints constraints)
{
    private readonly ColumnConstraint? _partition =
        constraints.For(InsightColumns.DatePartition);

    private readonly ColumnConstraint? _start = constraints.For(InsightColumns.DateTimeStart);

    public IEnumerable<CalendarPeriod> Walk(string granularity, TimeZoneInfo zone)
    {
        var first = FirstStart(granularity);
        for (var day = first; day <= catalog.LastDay; day = Next(granularity, day))
        {
            var end = Next(granularity, day);
            if (end.AddDays(-1) > catalog.LastDay)
            {
                yield break;
            }

            if (_partition is not null && !_partition.Admits(LocalCalendar.PartitionOf(day)))
            {
                continue;
            }

            var period = new CalendarPeriod(day, end.DayNumber - day.DayNumber,
                LocalCalendar.StartOfDayUtc(day, zone), LocalCalendar.StartOfDayUtc(end, zone));
            if (_start is null || _start.MayOverlap(
                LocalCalendar.Instant(period.StartUtc, zone),
                LocalCalendar.Instant(period.EndUtc, zone)))
            {
                yield return period;
            }
        }
    }

    private DateOnly FirstStart(string granularity)
    {
        var day = catalog.FirstDay;
        return granularity switch
        {
            Granularity.Week => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7),
            Granularity.Month when day.Day != 1 => new DateOnly(day.Year, day.Month, 1)
                .AddMonths(1),
            _ => day,
        };
    }

    private static DateOnly Next(string granularity, DateOnly day)
    {
        return granularity switch
        {
            Granularity.Week => day.AddDays(7),
            Granularity.Month => day.AddMonths(1),
            _ => day.AddDays(1),
        };
    }
}
