using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// An insight cmdlet that reads rows building by building: it takes -BuildingId from its
/// parameters or the pipeline, and each building becomes one scope with the cmdlet's own
/// filters added.
/// </summary>
public abstract class GetPerBuildingInsightCommandBase : GetInsightCommandBase
{
    /// <summary>
    /// The buildings, such as 71, the documented demo building. Bound from the pipeline by
    /// value or by property name, so Import-Csv of a file with an Id or BuildingId column
    /// and the output of Get-InnerSpaceBuilding both work.
    /// </summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true,
        ValueFromPipelineByPropertyName = true)]
    [Alias("Id", "BUILDING_ID")]
    [ValidateNotNullOrEmpty]
    [ValidateRange(1, int.MaxValue)]
    [ArgumentCompleter(typeof(BuildingIdCompleter))]
    public int[] BuildingId { get; set; } = System.Array.Empty<int>();

    protected override void ProcessRecord()
    {
        foreach (var building in BuildingId)
        {
            var filters = new List<ColumnFilter> { new("BUILDING_ID", "_eq", building, "Int!") };
            var description = AddFilters(building, filters);
            AddInsightScope(description, filters);
        }
    }

    /// <summary>
    /// Adds the cmdlet's own filters for one building and says how to name its requests
    /// in progress and error messages.
    /// </summary>
    protected abstract string AddFilters(int building, List<ColumnFilter> filters);
}
