using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What every cmdlet that reads rows of a root shares: property selection, paging, and
/// the parallel, ordered fetch. A derived cmdlet names its root and, for each input,
/// adds a scope (a building, a zone...) with its filters and days; the requests run once
/// the input has ended, so the throttle spans every building of the pipeline.
/// </summary>
public abstract class GetRowsCommandBase : InnerSpaceSessionCmdlet
{
    // Enough to keep a request streaming while an earlier one is written, small enough
    // that the buffers of a parallel run stay a few megabytes.
    private const int RowsBufferedPerRequest = 1024;

    private readonly List<InsightScope> _scopes = new();

    /// <summary>
    /// The properties to return, by PowerShell or API name. Names the module does not know
    /// are sent to the server as they are, so new API fields can be asked for.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PropertyCompleter))]
    public string[]? Property { get; set; }

    /// <summary>How many requests may run at once; rows still come out in order.</summary>
    [Parameter]
    [ValidateRange(1, 32)]
    public int ThrottleLimit { get; set; } = 4;

    /// <summary>The root this cmdlet reads.</summary>
    protected abstract ApiRoot Root { get; }

    /// <summary>Filters every request of this invocation carries, besides its scope's.</summary>
    protected virtual IEnumerable<ColumnFilter> CommonFilters() => Enumerable.Empty<ColumnFilter>();

    /// <summary>How many days one request may cover; the rest of a range goes to more requests.</summary>
    protected virtual int DaysPerRequest => int.MaxValue;

    /// <summary>Words that end each request's description, such as the granularity.</summary>
    protected virtual string RequestSuffix => string.Empty;

    /// <summary>Remembers one scope to fetch once the input has ended.</summary>
    protected void AddScope(string description, IReadOnlyList<ColumnFilter> filters, DateSpan? days) =>
        _scopes.Add(new InsightScope(description, filters, days));

    protected override void EndProcessing()
    {
        var session = ResolveSession();
        var selection = SelectionAsked();
        var rows = new InsightRowFactory(new RowValueReader(Root, selection, JsonToPSObject.Read,
            (building, local) => ResolveLocalTime(session, building, local)));
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

    private IReadOnlyList<string> SelectionAsked()
    {
        try
        {
            return Root.Selection(Property);
        }
        catch (ArgumentException wrongName)
        {
            ThrowTerminatingError(ErrorRecordFactory.BadInput(wrongName, Property));
            throw;
        }
    }

    // The API may send DATE_TIME_START without an offset, as the building's local time;
    // the directory's time zone turns it into an instant. Without one, UTC is assumed and
    // the user is told, once per building.
    private DateTimeOffset ResolveLocalTime(InnerSpaceSession session, int? building, WallClockTime local)
    {
        var zone = building is null ? null : session.TimeZones.Find(building.Value, StopToken);
        if (zone is not null)
        {
            return local.In(zone);
        }

        Log.Warning($"DATE_TIME_START came without an offset and the time zone of building " +
            $"{building?.ToString() ?? "(not selected)"} is unknown, so such times are read as UTC.");
        return new DateTimeOffset(local.Value, TimeSpan.Zero);
    }

    private List<InsightRequest> PlanRequests(IReadOnlyList<string> selection)
    {
        var requests = new List<InsightRequest>();
        var common = CommonFilters().ToList();

        foreach (var scope in _scopes)
        {
            if (scope.Days is null)
            {
                var filters = scope.Filters.Concat(common).ToList();
                requests.Add(new InsightRequest(new InsightQuery(Root, selection, filters),
                    scope.Description + RequestSuffix));
                continue;
            }

            foreach (var chunk in scope.Days.Split(DaysPerRequest))
            {
                var filters = scope.Filters.Concat(InsightQuery.DayFilters(chunk)).Concat(common).ToList();
                requests.Add(new InsightRequest(new InsightQuery(Root, selection, filters),
                    $"{scope.Description}, {chunk}{RequestSuffix}"));
            }
        }

        return requests;
    }

    private void WriteRows(
        List<Func<CancellationToken, IEnumerable<object>>> fetches,
        IReadOnlyList<InsightRequest> requests,
        PagingWindow paging)
    {
        var progress = requests.Count > 1
            ? new ProgressRecord(1, MyInvocation.MyCommand.Name, "Starting")
            : null;
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

                    // Every request of a run has the same shape, so a query the server
                    // refuses as such (an unknown -Property, say) would fail each time.
                    if (error.Code is "validation-failed" or "parse-failed")
                    {
                        break;
                    }
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
    // nothing. Only a request the server answered with no rows counts, and not when
    // -First or -Skip may be why.
    private void WarnIfEmpty(InsightRequest request, int rows, bool failed)
    {
        var paged = PagingParameters.First != ulong.MaxValue || PagingParameters.Skip > 0;
        if (rows == 0 && !failed && !paged)
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
}
