namespace InnerSpace.Sandbox.Data;

/// <summary>
/// A believable office-occupancy curve. On workdays people arrive from about 07:00 local, the
/// count peaks late morning and again mid-afternoon with a dip at lunch, and falls away after
/// 17:00; nights hold a guard or two. Weekends and holidays are nearly empty. Seeded noise
/// varies days and hours; values are people, rounded to 2 decimals. Empty minutes count in
/// the mean (MF's plain mean, not the "pos" variant); undocumented for v2, see CHOICES.md.
/// </summary>
internal sealed class OccupancyModel(int seed)
{
    // Share of capacity present at the busiest hour of an average Tuesday.
    private const double PeakShare = 0.56;

    // Hybrid-office habits: Tuesday to Thursday full, Monday lighter, Friday light.
    private static readonly double[] WeekdayLevels = [0.025, 0.86, 1.0, 0.97, 0.92, 0.66, 0.05];

    public List<HourlyOccupancy> Hours(DemoBuilding building, DateOnly day)
    {
        var start = LocalCalendar.StartOfDayUtc(day, building.TimeZone);
        var end = LocalCalendar.StartOfDayUtc(day.AddDays(1), building.TimeZone);
        var level = DayLevel(building, day);

        // Walking UTC hours from local midnight to the next gives 23 or 25 buckets on DST days.
        var hours = new List<HourlyOccupancy>(25);
        for (var startUtc = start; startUtc < end; startUtc = startUtc.AddHours(1))
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(startUtc, building.TimeZone);
            var index = hours.Count;
            var jitter = 0.93 + (0.14 * Noise(building, day, index));
            var guards = 0.5 + (1.5 * Noise(building, day, 100 + index));
            var people = (building.Capacity * level * Shape(local.TimeOfDay.TotalHours + 0.5)
                * jitter) + guards;
            var mean = RoundedMean.Round(Math.Clamp(people, 0, building.Capacity));
            hours.Add(new HourlyOccupancy(startUtc, mean));
        }

        return hours;
    }

    /// <summary>
    /// The building's whole day: quarter hours split from the hours (whose values stay as
    /// <see cref="Hours"/> gives them), and the aggregates built from the quarters.
    /// </summary>
    public DayValues Day(DemoBuilding building, DateOnly day)
    {
        var hours = Hours(building, day);
        var means = hours.Select(hour => hour.Mean).ToList();
        var quarters = QuarterSplitter.Split(means, building.Capacity,
            slot => Noise(building, day, 1_000 + slot));
        return DayValues.FromQuarters(hours[0].StartUtc, quarters);
    }

    private double DayLevel(DemoBuilding building, DateOnly day)
    {
        var weekday = PublicHolidays.IsHoliday(building.Country, day)
            ? 0.03
            : WeekdayLevels[(int)day.DayOfWeek];
        var dayNoise = 0.94 + (0.12 * Noise(building, day, -1));
        return PeakShare * weekday * Season(building.Country, day) * dayNoise;
    }

    // Quiet stretches: New Year, the northern summer holidays (the Australian one falls in
    // January instead) and the last days of December.
    private static double Season(string country, DateOnly day)
    {
        var southern = country == "AU";
        return day switch
        {
            { Month: 12, Day: >= 22 } => 0.55,
            { Month: 1 } when southern => 0.75,
            { Month: 1, Day: <= 10 } => 0.85,
            { Month: 7 or 8 } when !southern => 0.88,
            _ => 1.0,
        };
    }

    /// <summary>Share of the day's level present at a local clock time given in hours.</summary>
    private static double Shape(double clock)
    {
        var arrived = Logistic((clock - 8.4) / 0.55);
        var stayed = 1 - Logistic((clock - 17.3) / 0.6);
        var rhythm = 0.80
            + (0.20 * Bump(clock, 10.8, 1.2))
            + (0.12 * Bump(clock, 14.6, 1.1))
            - (0.16 * Bump(clock, 12.5, 0.55));
        return arrived * stayed * rhythm;
    }

    private double Noise(DemoBuilding building, DateOnly day, long slot)
    {
        return DeterministicNoise.Unit(seed, building.BuildingId, day.DayNumber, slot);
    }

    private static double Logistic(double x)
    {
        return 1 / (1 + Math.Exp(-x));
    }

    private static double Bump(double x, double centre, double width)
    {
        var z = (x - centre) / width;
        return Math.Exp(-z * z / 2);
    }
}
