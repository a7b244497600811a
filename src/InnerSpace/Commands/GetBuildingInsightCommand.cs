using System;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Gets the occupancy insights of a building for one local day, one object per time
/// bucket, with typed values ready for Export-Csv.
/// </summary>
[Cmdlet(VerbsCommon.Get, "BuildingInsight")]
[OutputType(typeof(PSObject))]
public sealed class GetBuildingInsightCommand : InnerSpaceSessionCmdlet
{
    /// <summary>The type name of the output objects, which the table view is keyed on.</summary>
    public const string OutputTypeName = "InnerSpace.BuildingInsight";

    private static readonly InsightObjectFactory Rows =
        new(BuildingInsightQuery.Columns, OutputTypeName);

    /// <summary>The building, such as 71, the documented demo building.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateRange(1, int.MaxValue)]
    public int BuildingId { get; set; }

    /// <summary>The building's local calendar day; the time of day is ignored.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    public DateTime Date { get; set; }

    /// <summary>Only rows of this site; all sites of the building when left out.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, long.MaxValue)]
    public long? SiteId { get; set; }

    /// <summary>Only rows of this group; every group the client may see when left out.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GroupId { get; set; }

    /// <summary>The size of each time bucket, as an ISO 8601 duration.</summary>
    [Parameter]
    [ValidateSet("PT15M", "PT1H", "P1D", "P1W", "P1M")]
    public string Granularity { get; set; } = "PT1H";

    protected override void ProcessRecord()
    {
        var query = new BuildingInsightQuery
        {
            BuildingId = BuildingId,
            Date = Date.Date,
            Granularity = Granularity,
            SiteId = SiteId,
            GroupId = GroupId,
        };

        Send(query.ToRequest(), item => ToRow(item), BuildingId);
    }

    private static PSObject ToRow(GraphQLResponseItem item)
    {
        try
        {
            return Rows.Create(item.Value!);
        }
        catch (FormatException wrongShape)
        {
            throw new InnerSpaceException(ErrorIds.ApiResponseInvalid, wrongShape.Message,
                innerException: wrongShape);
        }
    }
}
