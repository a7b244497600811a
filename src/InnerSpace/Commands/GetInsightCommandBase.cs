using System;
using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What the insight cmdlets add to reading rows: a day, a range of days or the last days,
/// the granularity and the group. Each input keeps the days it asked for.
/// </summary>
public abstract class GetInsightCommandBase : GetRowsCommandBase
{
    protected const string DaySet = "Day";
    protected const string RangeSet = "Range";
    protected const string LastSet = "Last";

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

    protected override int DaysPerRequest => Granularities.DaysPerRequest(ApiGranularity);

    protected override string RequestSuffix => ", " + ApiGranularity;

    /// <summary>The granularity as the API spells it, whatever case it was typed in.</summary>
    private string ApiGranularity => Granularity.ToUpperInvariant();

    /// <summary>
    /// Remembers one scope with the days the current input asks for. Days given wrong
    /// stop the command before any request.
    /// </summary>
    protected void AddInsightScope(string description, IReadOnlyList<ColumnFilter> filters) =>
        AddScope(description, filters, DaysAsked());

    protected override IEnumerable<ColumnFilter> CommonFilters()
    {
        yield return new ColumnFilter("GRANULARITY", "_eq", ApiGranularity, "String!");
        if (GroupId is not null)
        {
            yield return new ColumnFilter("GROUP_ID", "_eq", GroupId, "String!");
        }
    }

    protected override void BeginProcessing()
    {
        if (ApiGranularity == Granularities.QuarterHour && !_warnedAboutQuarterHours)
        {
            _warnedAboutQuarterHours = true;
            Log.Warning("InnerSpace is retiring the PT15M granularity; prefer PT1H for new work.");
            Log.Drain(this);
        }
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
