using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Gets the occupancy insights of zones (polygons drawn on a floor plan, such as a meeting
/// room) for a day, a range of days or the last days: of the zones given, or of every
/// zone of the buildings given.
/// </summary>
[Cmdlet(VerbsCommon.Get, "ZoneInsight", SupportsPaging = true)]
[OutputType(typeof(ZoneInsight), typeof(PSObject))]
public sealed class GetZoneInsightCommand : GetInsightCommandBase
{
    /// <summary>The zones; every zone of -BuildingId when left out.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ZONE_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    public int[]? ZoneId { get; set; }

    /// <summary>The buildings whose zones to read, or that the zones given belong to.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(BuildingIdCompleter))]
    public int[]? BuildingId { get; set; }

    /// <summary>Only zones of this zone type, such as meeting_room.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ZoneType { get; set; }

    protected override ApiRoot Root => ApiRoots.ZoneInsights;

    protected override void ProcessRecord()
    {
        if (ZoneId is null && BuildingId is null)
        {
            ThrowTerminatingError(ErrorRecordFactory.BadInput(
                new PSArgumentException("Get-ZoneInsight needs -ZoneId, -BuildingId or both."), null));
        }

        if (ZoneId is null)
        {
            foreach (var building in BuildingId!)
            {
                AddInsightScope($"zones of building {building}",
                    WithZoneType(new ColumnFilter("BUILDING_ID", "_eq", building, "Int!")));
            }

            return;
        }

        foreach (var zone in ZoneId)
        {
            var filters = WithZoneType(new ColumnFilter("ZONE_ID", "_eq", zone, "Int!"));
            if (BuildingId is not null)
            {
                filters.Add(new ColumnFilter("BUILDING_ID", "_in", BuildingId, "[Int!]!"));
            }

            AddInsightScope($"zone {zone}", filters);
        }
    }

    private List<ColumnFilter> WithZoneType(ColumnFilter scope)
    {
        var filters = new List<ColumnFilter> { scope };
        if (ZoneType is not null)
        {
            filters.Add(new ColumnFilter("ZONE_TYPE", "_eq", ZoneType, "String!"));
        }

        return filters;
    }
}
