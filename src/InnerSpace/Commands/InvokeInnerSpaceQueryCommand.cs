using System.Collections;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Sends any GraphQL query to the InnerSpace API. Each element of a list under a root
/// field becomes one object on the pipeline, with the field names the API uses.
/// </summary>
[Cmdlet(VerbsLifecycle.Invoke, "InnerSpaceQuery")]
[OutputType(typeof(PSObject))]
public sealed class InvokeInnerSpaceQueryCommand : InnerSpaceSessionCmdlet
{
    /// <summary>The GraphQL document; pass values through -Variables, not inside the text.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [ValidateNotNullOrEmpty]
    public string Query { get; set; } = string.Empty;

    /// <summary>Values for the query's variables, such as @{ buildingId = 71 }.</summary>
    [Parameter(Position = 1)]
    public IDictionary? Variables { get; set; }

    /// <summary>Which operation to run when the document holds several.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OperationName { get; set; }

    protected override void ProcessRecord()
    {
        GraphQLRequest request;
        try
        {
            request = new GraphQLRequest(Query, VariableNormalizer.Normalize(Variables), OperationName);
        }
        catch (System.ArgumentException empty)
        {
            ThrowTerminatingError(ErrorRecordFactory.BadInput(empty, Query));
            return;
        }

        Send(request, JsonToPSObject.Instance, OperationName ?? "query");
    }
}
