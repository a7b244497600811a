namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Shares each quarter hour of a building's occupancy out over its zones. A zone's share
/// follows its seats, its type's pull at that local hour (<see cref="ZoneTypes.Pull"/>) and
/// seeded noise; together the zones hold 90% of the building, the rest being in space no zone
/// covers, and no zone holds more than its seats. A zone type's value is the mean over the
/// zones of that type. Hours, days, weeks and months aggregate the quarters as for buildings.
/// </summary>
internal sealed class ZoneModel(OccupancyModel buildings, int seed)
{
    private const double ZonedShare = 0.9;

    public ZoneDay Day(DemoBuilding building, DateOnly day)
    {
        var total = buildings.Day(building, day);
        var zones = building.Zones;
        var quarters = zones.Select(_ => new double[total.Quarters.Count]).ToArray();
        var shares = new double[zones.Count];
        for (var q = 0; q < total.Quarters.Count; q++)
        {
            if (q % 4 == 0)
            {
                Share(building, day, q / 4, total.QuarterStart(q), shares);
            }

            for (var z = 0; z < zones.Count; z++)
            {
                var people = Math.Min(total.Quarters[q] * shares[z], zones[z].Capacity);
                quarters[z][q] = RoundedMean.Round(people);
            }
        }

        var series = quarters.Select(values => DayValues.FromQuarters(total.StartUtc, values))
            .ToList();
        return new ZoneDay(series, TypeMeans(building, total.StartUtc, quarters));
    }

    /// <summary>The zone days of every day in a period, for weekly and monthly means.</summary>
    public Dictionary<DateOnly, ZoneDay> Days(DemoBuilding building, CalendarPeriod period)
    {
        return period.Days.ToDictionary(day => day, day => Day(building, day));
    }

    // Fills the zones' shares of the building for one hour of the day.
    private void Share(
        DemoBuilding building,
        DateOnly day,
        int hour,
        DateTime startUtc,
        double[] shares)
    {
        var localHour = TimeZoneInfo.ConvertTimeFromUtc(startUtc, building.TimeZone).Hour;
        var sum = 0.0;
        for (var z = 0; z < shares.Length; z++)
        {
            var zone = building.Zones[z];
            var noise = DeterministicNoise.Unit(seed, zone.ZoneId, day.DayNumber, hour);
            shares[z] = zone.Capacity * ZoneTypes.Pull(zone.ZoneType, localHour)
                * (0.85 + (0.3 * noise));
            sum += shares[z];
        }

        for (var z = 0; z < shares.Length; z++)
        {
            shares[z] = shares[z] / sum * ZonedShare;
        }
    }

    private static Dictionary<string, DayValues> TypeMeans(
        DemoBuilding building,
        DateTime startUtc,
        double[][] quarters)
    {
        var means = new Dictionary<string, DayValues>(StringComparer.Ordinal);
        foreach (var type in building.Zones.Select(zone => zone.ZoneType).Distinct())
        {
            var members = Enumerable.Range(0, building.Zones.Count)
                .Where(z => building.Zones[z].ZoneType == type)
                .Select(z => quarters[z])
                .ToList();
            var mean = new double[quarters[0].Length];
            for (var q = 0; q < mean.Length; q++)
            {
                mean[q] = RoundedMean.Round(members.Average(values => values[q]));
            }

            means[type] = DayValues.FromQuarters(startUtc, mean);
        }

        return means;
    }
}
