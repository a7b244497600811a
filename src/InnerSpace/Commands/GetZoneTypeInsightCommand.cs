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
public sealed class GetZoneTypeInsightCommand : GetInsightCommandBase
{
    /// <summary>The buildings, also from the pipeline by value or by property name.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true,
        ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(BuildingIdCompleter))]
    public int[] BuildingId { get; set; } = System.Array.Empty<int>();

    /// <summary>Only these zone types, such as meeting_room; every type when left out.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? ZoneType { get; set; }

    protected override ApiRoot Root => ApiRoots.ZoneTypeInsights;

    protected override void ProcessRecord()
    {
        foreach (var building in BuildingId)
        {
            var filters = new List<ColumnFilter> { new("BUILDING_ID", "_eq", building, "Int!") };
            if (ZoneType is not null)
            {
                filters.Add(new ColumnFilter("ZONE_TYPE", "_in", ZoneType, "[String!]!"));
            }

            AddInsightScope($"zone types of building {building}", filters);
        }
    }
}
