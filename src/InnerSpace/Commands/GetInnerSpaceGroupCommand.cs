using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Lists the groups occupancy is counted for (everyone, or cohorts such as departments),
/// with the ids that -GroupId of the insight cmdlets takes.
/// </summary>
[Cmdlet(VerbsCommon.Get, "InnerSpaceGroup", SupportsPaging = true)]
[OutputType(typeof(Group), typeof(PSObject))]
public sealed class GetInnerSpaceGroupCommand : GetRowsCommandBase
{
    private bool _askedForAll;

    /// <summary>Only groups of these buildings; every group when left out.</summary>
    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(BuildingIdCompleter))]
    public int[]? BuildingId { get; set; }

    protected override ApiRoot Root => ApiRoots.Groups;

    protected override void ProcessRecord()
    {
        if (BuildingId is not null)
        {
            var filters = new List<ColumnFilter> { new("BUILDING_ID", "_in", BuildingId, "[Int!]!") };
            AddScope($"groups of buildings {string.Join(", ", BuildingId)}", filters, null);
        }
        else if (!_askedForAll)
        {
            _askedForAll = true;
            AddScope("all groups", new List<ColumnFilter>(), null);
        }
    }
}
