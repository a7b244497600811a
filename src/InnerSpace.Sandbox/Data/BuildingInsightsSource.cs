using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Generates <c>BUILDING_INSIGHTS</c> rows lazily, skipping buildings, granularities and days
/// the filter rules out, so a one-day query computes one day. Without an order_by rows come
/// by building, then granularity (PT1H, then P1D), then time ascending.
/// </summary>
internal sealed class BuildingInsightsSource(DemoCatalog catalog, OccupancyModel model) : IRowSource
{
    public const string Hourly = "PT1H";

    public const string Daily = "P1D";

    // PT15M is being retired and P1W/P1M are not generated; such filters find no rows.
    private static readonly string[] Granularities = [Hourly, Daily];

    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        foreach (var building in catalog.Buildings)
        {
            if (!constraints.Admits(BuildingInsightsRoot.BuildingId, building.BuildingId)
                || !constraints.Admits(BuildingInsightsRoot.SiteId, building.SiteId))
            {
                continue;
            }

            var days = CandidateDays(building, constraints);
            foreach (var granularity in Granularities)
            {
                if (!constraints.Admits(BuildingInsightsRoot.Granularity, granularity))
                {
                    continue;
                }

                foreach (var day in days)
                {
                    foreach (var row in RowsOf(building, day, granularity))
                    {
                        yield return row;
                    }
                }
            }
        }
    }

    private List<DateOnly> CandidateDays(DemoBuilding building, RowConstraints constraints)
    {
        var partition = constraints.For(BuildingInsightsRoot.DatePartition);
        var start = constraints.For(BuildingInsightsRoot.DateTimeStart);
        var days = new List<DateOnly>();
        for (var day = catalog.FirstDay; day <= catalog.LastDay; day = day.AddDays(1))
        {
            if (partition is not null && !partition.Admits(LocalCalendar.PartitionOf(day)))
            {
                continue;
            }

            if (start is not null && !start.MayOverlap(
                LocalCalendar.StartOfDayUtc(day, building.TimeZone),
                LocalCalendar.StartOfDayUtc(day.AddDays(1), building.TimeZone)))
            {
                continue;
            }

            days.Add(day);
        }

        return days;
    }

    private IEnumerable<object?[]> RowsOf(DemoBuilding building, DateOnly day, string granularity)
    {
        var hours = model.Hours(building, day);
        var partition = LocalCalendar.PartitionOf(day);
        if (granularity == Daily)
        {
            // A day's row starts at local midnight, stamped in UTC like the hours.
            yield return BuildingInsightsRoot.Row(building, Daily, hours[0].StartUtc, partition,
                OccupancyModel.DailyMean(hours));
            yield break;
        }

        foreach (var hour in hours)
        {
            yield return BuildingInsightsRoot.Row(building, Hourly, hour.StartUtc, partition,
                hour.Mean);
        }
    }
}
