using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Lists the buildings the client may read: ids, names, sites, time zones and capacities.
/// The output pipes into Get-BuildingInsight, Get-ZoneInsight and Get-ZoneTypeInsight.
/// </summary>
[Cmdlet(VerbsCommon.Get, "InnerSpaceBuilding", SupportsPaging = true)]
[OutputType(typeof(Building), typeof(PSObject))]
public sealed class GetInnerSpaceBuildingCommand : GetRowsCommandBase
{
    private bool _askedForAll;

    /// <summary>Only these buildings; all of them when left out.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    public int[]? BuildingId { get; set; }

    /// <summary>Only buildings of this site.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SITE_ID")]
    [ValidateRange(1, long.MaxValue)]
    public long? SiteId { get; set; }

    protected override ApiRoot Root => ApiRoots.Buildings;

    protected override void ProcessRecord()
    {
        var site = SiteId is null
            ? new List<ColumnFilter>()
            : new List<ColumnFilter> { new("SITE_ID", "_eq", SiteId.Value, "Int!") };

        if (BuildingId is null)
        {
            // Without ids there is one request for the whole directory, however often
            // the pipeline calls in.
            if (!_askedForAll)
            {
                _askedForAll = true;
                AddScope(SiteId is null ? "all buildings" : $"buildings of site {SiteId}", site, null);
            }

            return;
        }

        var filters = new List<ColumnFilter>(site)
        {
            new("BUILDING_ID", "_in", BuildingId, "[Int!]!"),
        };
        AddScope($"buildings {string.Join(", ", BuildingId)}", filters, null);
    }
}
