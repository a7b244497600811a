using System.Collections.Concurrent;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// US federal holidays as offices observe them (a Saturday holiday moves to Friday, a Sunday one
/// to Monday), plus the Friday after Thanksgiving. Columbus and Veterans Day are left out
/// because most offices stay open.
/// </summary>
internal static class UsHolidays
{
    private static readonly ConcurrentDictionary<int, HashSet<DateOnly>> ByYear = new();

    public static bool IsHoliday(DateOnly day)
    {
        return ByYear.GetOrAdd(day.Year, Compute).Contains(day);
    }

    private static HashSet<DateOnly> Compute(int year)
    {
        var thanksgiving = Nth(year, 11, DayOfWeek.Thursday, 4);
        return
        [
            Observed(new DateOnly(year, 1, 1)),
            Nth(year, 1, DayOfWeek.Monday, 3),
            Nth(year, 2, DayOfWeek.Monday, 3),
            Last(year, 5, DayOfWeek.Monday),
            Observed(new DateOnly(year, 6, 19)),
            Observed(new DateOnly(year, 7, 4)),
            Nth(year, 9, DayOfWeek.Monday, 1),
            thanksgiving,
            thanksgiving.AddDays(1),
            Observed(new DateOnly(year, 12, 25)),
        ];
    }

    private static DateOnly Observed(DateOnly day)
    {
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(1),
            _ => day,
        };
    }

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }
}
