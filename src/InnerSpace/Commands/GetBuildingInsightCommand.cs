using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Gets the occupancy insights of buildings for a day, a range of days or the last days,
/// one typed object per time bucket, in order of building then time.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BuildingInsight", SupportsPaging = true)]
[OutputType(typeof(BuildingInsight), typeof(PSObject))]
public sealed class GetBuildingInsightCommand : GetInsightCommandBase
{
    /// <summary>
    /// The buildings, such as 71, the documented demo building. Bound from the pipeline by
    /// property name, so Import-Csv of a file with an Id or BuildingId column works.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true,
        ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(BuildingIdCompleter))]
    public int[] BuildingId { get; set; } = System.Array.Empty<int>();

    /// <summary>
    /// Only rows of this site; all sites of the building when left out, or when 0 (which
    /// is what an empty cell of a CSV file becomes).
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SITE_ID")]
    [ValidateRange(0, long.MaxValue)]
    public long SiteId { get; set; }

    protected override ApiRoot Root => ApiRoots.BuildingInsights;

    protected override void ProcessRecord()
    {
        foreach (var building in BuildingId)
        {
            var filters = new List<ColumnFilter> { new("BUILDING_ID", "_eq", building, "Int!") };
            var description = $"building {building}";

            if (SiteId > 0)
            {
                filters.Add(new ColumnFilter("SITE_ID", "_eq", SiteId, "Int!"));
                description += $", site {SiteId}";
            }

            AddInsightScope(description, filters);
        }
    }
}
