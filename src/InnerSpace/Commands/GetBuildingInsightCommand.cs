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
public sealed class GetBuildingInsightCommand : GetPerBuildingInsightCommandBase
{
    /// <summary>
    /// Only rows of this site; all sites of the building when left out, or when 0 (which
    /// is what an empty cell of a CSV file becomes).
    /// </summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("SITE_ID")]
    [ValidateRange(0, long.MaxValue)]
    public long SiteId { get; set; }

    protected override ApiRoot Root => ApiRoots.BuildingInsights;

    protected override string AddFilters(int building, List<ColumnFilter> filters)
    {
        if (SiteId <= 0)
        {
            return $"building {building}";
        }

        filters.Add(new ColumnFilter("SITE_ID", "_eq", SiteId, "Int!"));
        return $"building {building}, site {SiteId}";
    }
}
