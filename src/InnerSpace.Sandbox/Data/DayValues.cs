namespace InnerSpace.Sandbox.Data;

/// <summary>
/// One local day of one series (a building, a zone, a zone type): its quarter hours and the
/// aggregates built from them. Each hour is the rounded mean of its four quarters and the
/// day the rounded mean of its hours, so every granularity agrees with the one below it.
/// </summary>
internal sealed class DayValues
{
    private DayValues(DateTime startUtc, double[] quarters, double[] hours, double mean)
    {
        StartUtc = startUtc;
        Quarters = quarters;
        Hours = hours;
        Mean = mean;
    }

    /// <summary>Local midnight as a UTC instant; buckets follow at fixed UTC steps.</summary>
    public DateTime StartUtc { get; }

    /// <summary>4 per hour: 92, 96 or 100 on a daylight-saving day.</summary>
    public IReadOnlyList<double> Quarters { get; }

    /// <summary>23, 24 or 25 values, one per hour the local day really has.</summary>
    public IReadOnlyList<double> Hours { get; }

    public double Mean { get; }

    public static DayValues FromQuarters(DateTime startUtc, double[] quarters)
    {
        var hours = new double[quarters.Length / 4];
        for (var i = 0; i < hours.Length; i++)
        {
            hours[i] = RoundedMean.Of(quarters.AsSpan(i * 4, 4));
        }

        return new DayValues(startUtc, quarters, hours, RoundedMean.Of(hours));
    }

    public DateTime QuarterStart(int index)
    {
        return StartUtc.AddMinutes(15 * index);
    }

    public DateTime HourStart(int index)
    {
        return StartUtc.AddHours(index);
    }
}
