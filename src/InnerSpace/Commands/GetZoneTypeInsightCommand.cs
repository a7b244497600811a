using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Gets the occupancy insights of a building's zones aggregated per zone type (meeting
/// rooms, desk areas...) for a day, a range of days or the last days.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ZoneTypeInsight", SupportsPaging = true)]
[OutputType(typeof(ZoneTypeInsight), typeof(PSObject))]
public sealed class GetZoneTypeInsightCommand : GetPerBuildingInsightCommandBase
{
    /// <summary>Only these zone types, such as meeting_room; every type when left out.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? ZoneType { get; set; }

    protected override ApiRoot Root => ApiRoots.ZoneTypeInsights;

    protected override string AddFilters(int building, List<ColumnFilter> filters)
    {
        if (ZoneType is not null)
        {
            filters.Add(new ColumnFilter("ZONE_TYPE", "_in", ZoneType, "[String!]!"));
        }

        return $"zone types of building {building}";
    }
}
