using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Generates <c>BUILDING_INSIGHTS</c> rows lazily, skipping buildings, granularities and
/// periods the filter rules out, so a one-day query computes one day. Without an order_by
/// rows come by building, then granularity (finest first), then time ascending.
/// </summary>
internal sealed class BuildingInsightsSource(DemoCatalog catalog, OccupancyModel model)
    : IRowSource
{
    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        var walker = new PeriodWalker(catalog, constraints);
        foreach (var building in BuildingFilter.Admitted(catalog, constraints))
        {
            foreach (var granularity in BuildingFilter.Granularities(constraints))
            {
                foreach (var period in walker.Walk(granularity, building.TimeZone))
                {
                    var buckets = InsightBuckets.Of(
                        granularity, period, day => model.Day(building, day));
                    foreach (var (startUtc, mean) in buckets)
                    {
                        yield return InsightColumns.Row(
                            building, granularity, startUtc, period.Partition, mean);
                    }
                }
            }
        }
    }
}
