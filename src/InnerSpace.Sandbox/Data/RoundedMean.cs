namespace InnerSpace.Sandbox.Data;

/// <summary>Means rounded to 2 decimals, the precision of every OCCUPANCY_MEAN.</summary>
internal static class RoundedMean
{
    public static double Of(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
        {
            sum += value;
        }

        return Round(sum / values.Length);
    }

    public static double Round(double value)
    {
        return Math.Round(value, 2, MidpointRounding.AwayFromZero);
    }
}
