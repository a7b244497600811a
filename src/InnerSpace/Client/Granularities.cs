
namespace InnerSpace.Client;

/// <summary>The ISO 8601 durations the API publishes insights at.</summary>
public static class Granularities
{
    /// <summary>The quarter hour, which the API documents as being retired.</summary>
    public const string QuarterHour = "PT15M";

    public const string Hour = "PT1H";

    /// <summary>
    /// How many days one request covers at a granularity, so that no answer grows past
    /// about 3,000 rows per building however long the range.
    /// </summary>
    public static int DaysPerRequest(string granularity) => granularity.ToUpperInvariant() switch
    {
        QuarterHour => 31,
        Hour => 124,
        _ => 3660,
    };
}
