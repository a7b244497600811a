using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Generates <c>ZONE_TYPE_INSIGHTS</c> rows lazily, in the order of ZONE_INSIGHTS with zone
/// types (in <see cref="ZoneTypes.All"/> order) in place of zones.
/// </summary>
internal sealed class ZoneTypeInsightsSource(DemoCatalog catalog, ZoneModel model) : IRowSource
{
    public IEnumerable<object?[]> GetRows(RowConstraints constraints)
    {
        var walker = new PeriodWalker(catalog, constraints);
        foreach (var building in BuildingFilter.Admitted(catalog, constraints))
        {
            var types = ZoneTypes.All
                .Where(type => building.Zones.Any(zone => zone.ZoneType == type))
                .Where(type => constraints.Admits(ZoneInsightsRoot.ZoneType, type))
                .ToList();
            if (types.Count == 0)
            {
                continue;
            }

            foreach (var granularity in BuildingFilter.Granularities(constraints))
            {
                foreach (var period in walker.Walk(granularity, building.TimeZone))
                {
                    var days = model.Days(building, period);
                    foreach (var type in types)
                    {
                        var buckets = InsightBuckets.Of(
                            granularity, period, day => days[day].Types[type]);
                        foreach (var (startUtc, mean) in buckets)
                        {
                            var row = InsightColumns.Row(
                                building, granularity, startUtc, period.Partition, mean, 1);
                            row[InsightColumns.Count] = type;
                            yield return row;
                        }
                    }
                }
            }
        }
    }
}
