using System.Collections.Concurrent;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Days offices close, per country. The US list is detailed (<see cref="UsHolidays"/>);
/// elsewhere a short list of the biggest days is enough to make the data look lived-in.
/// </summary>
internal static class PublicHolidays
{
    private static readonly ConcurrentDictionary<(string, int), HashSet<DateOnly>> Cache = new();

    public static bool IsHoliday(string country, DateOnly day)
    {
        if (country == "US")
        {
            return UsHolidays.IsHoliday(day);
        }

        return Cache.GetOrAdd((country, day.Year), key => Compute(key.Item1, key.Item2))
            .Contains(day);
    }

    private static HashSet<DateOnly> Compute(string country, int year)
    {
        var easter = Easter(year);
        HashSet<DateOnly> days = [new(year, 1, 1), new(year, 12, 25)];
        if (country is "GB" or "DE" or "AU")
        {
            days.UnionWith([easter.AddDays(-2), easter.AddDays(1), new(year, 12, 26)]);
        }

        if (country is "DE" or "SG")
        {
            days.Add(new DateOnly(year, 5, 1));
        }

        return days;
    }

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
