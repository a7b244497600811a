using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Generates <c>ZONE_INSIGHTS</c> rows lazily, pushing down the building, zone, granularity and
/// date constraints. Without an order_by rows come by building, granularity, period (a day,
/// week or month), zone, then time, so each building day is computed once for all its zones.
/// </summary>
internal sealed class ZoneInsightsSource(DemoCatalog catalog, ZoneModel model) : IRowSource
{
    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        var walker = new PeriodWalker(catalog, constraints);
        foreach (var building in BuildingFilter.Admitted(catalog, constraints))
        {
            var zones = Enumerable.Range(0, building.Zones.Count)
                .Where(z => Admits(constraints, building.Zones[z]))
                .ToList();
            if (zones.Count == 0)
            {
                continue;
            }

            foreach (var granularity in BuildingFilter.Granularities(constraints))
            {
                foreach (var period in walker.Walk(granularity, building.TimeZone))
                {
                    var days = model.Days(building, period);
                    foreach (var z in zones)
                    {
                        var buckets = InsightBuckets.Of(
                            granularity, period, day => days[day].Zones[z]);
                        foreach (var (startUtc, mean) in buckets)
                        {
                            var row = InsightColumns.Row(
                                building, granularity, startUtc, period.Partition, mean, 2);
                            row[InsightColumns.Count] = building.Zones[z].ZoneId;
                            row[InsightColumns.Count + 1] = building.Zones[z].ZoneType;
                            yield return row;
                        }
                    }
                }
            }
        }
    }

    private static bool Admits(RowConstraints constraints, DemoZone zone)
    {
        return constraints.Admits(ZoneInsightsRoot.ZoneId, zone.ZoneId)
            && constraints.Admits(ZoneInsightsRoot.ZoneType, zone.ZoneType);
    }
}
