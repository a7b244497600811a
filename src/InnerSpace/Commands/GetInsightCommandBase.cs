using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What every insight cmdlet shares: the day, range or last-days parameters, granularity,
/// group, property selection, paging and the parallel, ordered fetch. A derived cmdlet
/// names its root and collects the scopes (a building, a zone...) from its own parameters
/// and the pipeline; the requests run once the input has ended.
/// </summary>
public abstract class GetInsightCommandBase : InnerSpaceSessionCmdlet
{
    protected const string DaySet = "Day";
    protected const string RangeSet = "Range";
    protected const string LastSet = "Last";

    private const int RowsBufferedPerRequest = 4096;

    private readonly List<InsightScope> _scopes = new();
    private bool _warnedAboutQuarterHours;

    /// <summary>One local calendar day of the building; the time of day is ignored.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = DaySet,
        ValueFromPipelineByPropertyName = true)]
    public DateTime Date { get; set; }

    /// <summary>The first local day of a range, inclusive.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RangeSet, ValueFromPipelineByPropertyName = true)]
    public DateTime StartDate { get; set; }

    /// <summary>The last local day of a range, inclusive.</summary>
    [Parameter(Mandatory = true, ParameterSetName = RangeSet, ValueFromPipelineByPropertyName = true)]
    public DateTime EndDate { get; set; }

    /// <summary>
    /// This many days ending yesterday, by this computer's calendar: insights are
    /// published nightly, so today has none yet.
    /// </summary>
    [Parameter(Mandatory = true, ParameterSetName = LastSet)]
    [ValidateRange(1, 3660)]
    public int Last { get; set; }

    /// <summary>The size of each time bucket, as an ISO 8601 duration.</summary>
    [Parameter]
    [ValidateSet("PT15M", "PT1H", "P1D", "P1W", "P1M")]
    public string Granularity { get; set; } = Granularities.Hour;

    /// <summary>Only rows of this group; the filter is left out when this is.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? GroupId { get; set; }

    /// <summary>
    /// The properties to return, by PowerShell or API name. Names the module does not know
    /// are sent to the server as they are, so new API fields can be asked for.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(InsightPropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>How many requests may run at once; rows still come out in order.</summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>The root this cmdlet reads.</summary>
    protected abstract InsightRoot Root { get; }

    /// <summary>
    /// Remembers one scope to fetch, with the days the current input asks for, once the
    /// input has ended. Days given wrong stop the command before any request.
    /// </summary>
    protected void AddScope(string description, IReadOnlyList<ColumnFilter> filters) =>
        _scopes.Add(new InsightScope(description, filters, DaysAsked()));

    /// <summary>The granularity as the API spells it, whatever case it was typed in.</summary>
    private string ApiGranularity => Granularity.ToUpperInvariant();

    protected override void BeginProcessing()
    {
        if (ApiGranularity == Granularities.QuarterHour && !_warnedAboutQuarterHours)
        {
            _warnedAboutQuarterHours = true;
            Log.Warning("InnerSpace is retiring the PT15M granularity; prefer PT1H for new work.");
            Log.Drain(this);
        }
    }

    protected override void EndProcessing()
    {
        var session = ResolveSession();
        var selection = Root.Selection(Property);
        var rows = new InsightRowFactory(Root, selection);
        var requests = PlanRequests(selection);
        var paging = new PagingWindow(PagingParameters, requests.Count == 1);

        if (PagingParameters.IncludeTotalCount)
        {
            // The API has no count query we know of; PowerShell's way to say "unknown".
            WriteObject(PagingParameters.NewTotalCount(0, 0.0));
        }

        foreach (var request in requests)
        {
            paging.Apply(request.Query);
        }

        var fetches = requests
            .Select(request => (Func<CancellationToken, IEnumerable<object>>)(cancel =>
                InsightFetch.Rows(session, request.Query.ToRequest(), rows, Log, cancel)))
            .ToList();
        WriteRows(fetches, requests, paging);
    }

    private void WriteRows(
        List<Func<CancellationToken, IEnumerable<object>>> fetches,
        IReadOnlyList<InsightRequest> requests,
        PagingWindow paging)
    {
        var progress = requests.Count > 1 ? new ProgressRecord(1, MyInvocation.MyCommand.Name, "Starting") : null;
        using var fetcher = new OrderedFetcher<object>(fetches, ThrottleLimit, RowsBufferedPerRequest,
            StopToken);
        var rowsOfRequest = 0;
        var failedRequest = false;

        try
        {
            foreach (var item in fetcher.Results(() => Log.Drain(this)))
            {
                Log.Drain(this);
                var request = requests[item.Index];

                if (item.IsEnd)
                {
                    WarnIfEmpty(request, rowsOfRequest, failedRequest);
                    ReportProgress(progress, item.Index + 1, requests.Count, request);
                    rowsOfRequest = 0;
                    failedRequest = false;
                    continue;
                }

                if (item.Failure is not null)
                {
                    failedRequest = true;
                    WriteError(ErrorRecordFactory.FromFailure(item.Failure, request.Description));
                }
                else if (item.Value is GraphQLError error)
                {
                    failedRequest = true;
                    WriteError(ErrorRecordFactory.From(error, request.Description));
                }
                else
                {
                    rowsOfRequest++;
                    if (paging.Admit())
                    {
                        WriteObject(item.Value);
                    }
                }

                if (paging.IsFull)
                {
                    break;
                }
            }
        }
        catch (Exception) when (Stopping)
        {
            throw new PipelineStoppedException();
        }

        if (progress is not null)
        {
            progress.RecordType = ProgressRecordType.Completed;
            WriteProgress(progress);
        }
    }

    // An unattended run should not quietly write a short file: say which request found
    // nothing. Paging with -Skip can legitimately leave requests out, so only a request
    // the server itself answered with no rows counts.
    private void WarnIfEmpty(InsightRequest request, int rows, bool failed)
    {
        if (rows == 0 && !failed)
        {
            Log.Warning($"No rows for {request.Description}: the API has no data there, or this " +
                "client is not entitled to it.");
            Log.Drain(this);
        }
    }

    private void ReportProgress(ProgressRecord? progress, int done, int total, InsightRequest request)
    {
        if (progress is null)
        {
            return;
        }

        progress.StatusDescription = $"{done} of {total} requests done; last: {request.Description}";
        progress.PercentComplete = done * 100 / total;
        WriteProgress(progress);
    }

    private List<InsightRequest> PlanRequests(IReadOnlyList<string> selection)
    {
        var requests = new List<InsightRequest>();
        var daysPerRequest = Granularities.DaysPerRequest(ApiGranularity);

        foreach (var scope in _scopes)
        {
            foreach (var chunk in scope.Days.Split(daysPerRequest))
            {
                var filters = new List<ColumnFilter>(scope.Filters);
                filters.AddRange(InsightQuery.DayFilters(chunk));
                filters.Add(new ColumnFilter("GRANULARITY", "_eq", ApiGranularity, "String!"));
                if (GroupId is not null)
                {
                    filters.Add(new ColumnFilter("GROUP_ID", "_eq", GroupId, "String!"));
                }

                requests.Add(new InsightRequest(new InsightQuery(Root, selection, filters),
                    $"{scope.Description}, {chunk}, {ApiGranularity}"));
            }
        }

        return requests;
    }

    private DateSpan DaysAsked()
    {
        try
        {
            return ParameterSetName switch
            {
                RangeSet => new DateSpan(StartDate, EndDate),
                LastSet => new DateSpan(DateTime.Today.AddDays(-Last), DateTime.Today.AddDays(-1)),
                _ => new DateSpan(Date, Date),
            };
        }
        catch (ArgumentException wrongOrder)
        {
            ThrowTerminatingError(new ErrorRecord(wrongOrder, ErrorIds.ParameterInvalid,
                ErrorCategory.InvalidArgument, EndDate));
            throw;
        }
    }
}
