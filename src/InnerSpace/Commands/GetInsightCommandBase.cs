using System;
using System.Collections.Generic;
using System.Management.Automation;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// What the insight cmdlets add to reading rows: a day, a range of days or the last days,
/// the granularity and the group. Each input keeps the days it asked for.
/// </summary>
/// <remarks>
/// The three ways to give days are not parameter sets: PowerShell picks a set before the
/// pipeline delivers anything, so rows carrying StartDate and EndDate would be bound to
/// the -Date set and refused. Which way was used is checked per input instead.
/// </remarks>
public abstract class GetInsightCommandBase : GetRowsCommandBase
{
    private bool _warnedAboutQuarterHours;

    /// <summary>One local calendar day of the building; the time of day is ignored.</summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public DateTime Date { get; set; }

    /// <summary>The first local day of a range, inclusive; goes with -EndDate.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime StartDate { get; set; }

    /// <summary>The last local day of a range, inclusive; goes with -StartDate.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public DateTime EndDate { get; set; }

    /// <summary>
    /// This many days ending yesterday, by this computer's calendar: insights are
    /// published nightly, so today has none yet.
    /// </summary>
    [Parameter]
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
        var bound = MyInvocation.BoundParameters;
        var hasDay = bound.ContainsKey(nameof(Date));
        var hasStart = bound.ContainsKey(nameof(StartDate));
        var hasEnd = bound.ContainsKey(nameof(EndDate));
        var hasLast = bound.ContainsKey(nameof(Last));
        var forms = (hasDay ? 1 : 0) + (hasStart || hasEnd ? 1 : 0) + (hasLast ? 1 : 0);

        if (forms != 1 || hasStart != hasEnd)
        {
            throw Refuse(new PSArgumentException(
                "Give the days one way: -Date, or -StartDate with -EndDate, or -Last."), null);
        }

        try
        {
            if (hasLast)
            {
                return new DateSpan(DateTime.Today.AddDays(-Last), DateTime.Today.AddDays(-1));
            }

            return hasDay ? new DateSpan(Date, Date) : new DateSpan(StartDate, EndDate);
        }
        catch (ArgumentException wrong)
        {
            throw Refuse(wrong, EndDate);
        }
    }

    private Exception Refuse(Exception problem, object? target)
    {
        ThrowTerminatingError(ErrorRecordFactory.BadInput(problem, target));
        return problem;
    }
}
