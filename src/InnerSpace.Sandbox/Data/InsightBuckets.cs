namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The buckets of one period at one granularity, read from a series' day values: quarter
/// hours, hours or the day itself, or for a week or a month the rounded mean of its days.
/// </summary>
internal static class InsightBuckets
{
    public static IEnumerable<(DateTime StartUtc, double Mean)> Of(
        string granularity,
        CalendarPeriod period,
        Func<DateOnly, DayValues> dayValues)
    {
        if (!Granularity.IsWithinDay(granularity))
        {
            var means = period.Days.Select(day => dayValues(day).Mean).ToArray();
            yield return (period.StartUtc, RoundedMean.Of(means));
            yield break;
        }

        var values = dayValues(period.FirstDay);
        switch (granularity)
        {
            case Granularity.QuarterHour:
                for (var i = 0; i < values.Quarters.Count; i++)
                {
                    yield return (values.QuarterStart(i), values.Quarters[i]);
                }

                break;

            case Granularity.Hour:
                for (var i = 0; i < values.Hours.Count; i++)
                {
                    yield return (values.HourStart(i), values.Hours[i]);
                }

                break;

            default:
                yield return (values.StartUtc, values.Mean);
                break;
        }
    }
}
