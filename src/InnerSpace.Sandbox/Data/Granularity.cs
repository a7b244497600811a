namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The documented GRANULARITY values (ISO 8601 durations), finest first, which is also the
/// order rows come in without an order_by. PT15M is marked "deprecating" in the docs and is
/// still served here.
/// </summary>
internal static class Granularity
{
    public const string QuarterHour = "PT15M";

    public const string Hour = "PT1H";

    public const string Day = "P1D";

    public const string Week = "P1W";

    public const string Month = "P1M";

    public static readonly IReadOnlyList<string> All = [QuarterHour, Hour, Day, Week, Month];

    /// <summary>True for the granularities whose buckets fit inside one local day.</summary>
    public static bool IsWithinDay(string granularity)
    {
        return granularity is QuarterHour or Hour or Day;
    }
}
