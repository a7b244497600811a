namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Splits hourly means into quarter hours whose mean is exactly the hour, so the PT1H rows
/// stay what they were before PT15M existed. The quarters follow the hour's trend (rising in
/// the morning, falling in the evening) plus a little noise. Work is done in whole hundredths
/// so the deviations cancel exactly.
/// </summary>
internal static class QuarterSplitter
{
    // Share of an hour's value the noise may move one quarter.
    private const double NoiseShare = 0.04;

    /// <param name="noise">A value in [0, 1) per slot, from the seeded noise.</param>
    public static double[] Split(IReadOnlyList<double> hours, int capacity, Func<int, double> noise)
    {
        var quarters = new double[hours.Count * 4];
        for (var i = 0; i < hours.Count; i++)
        {
            var hundredths = ToHundredths(hours[i]);
            var previous = ToHundredths(hours[Math.Max(i - 1, 0)]);
            var next = ToHundredths(hours[Math.Min(i + 1, hours.Count - 1)]);

            // Quarter centres sit -3/8, -1/8, 1/8 and 3/8 of an hour from the hour's centre.
            var unit = (long)Math.Round((next - previous) / 2.0 / 8.0);
            var first = Wobble(hundredths, noise(2 * i));
            var second = Wobble(hundredths, noise((2 * i) + 1));

            // Keep every quarter between 0 and the capacity by shrinking all moves together.
            var room = Math.Min(hundredths, (capacity * 100L) - hundredths);
            var reach = (3 * Math.Abs(unit)) + Math.Max(Math.Abs(first), Math.Abs(second));
            if (reach > room)
            {
                unit = unit * room / reach;
                first = first * room / reach;
                second = second * room / reach;
            }

            long[] moves = [(-3 * unit) + first, -unit - first, unit + second, (3 * unit) - second];
            for (var k = 0; k < 4; k++)
            {
                quarters[(i * 4) + k] = (hundredths + moves[k]) / 100.0;
            }
        }

        return quarters;
    }

    private static long ToHundredths(double value)
    {
        return (long)Math.Round(value * 100);
    }

    private static long Wobble(long hundredths, double unit)
    {
        return (long)Math.Round(hundredths * NoiseShare * ((2 * unit) - 1));
    }
}
