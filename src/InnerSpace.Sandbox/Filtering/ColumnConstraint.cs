using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.Filtering;

/// <summary>
/// What a filter's top-level conjunction says about one column: a set of allowed values
/// and/or a range. Row sources use it to skip work; it never rules out a row the filter keeps.
/// </summary>
internal sealed class ColumnConstraint
{
    private List<object>? _allowed;

    public object? Lower { get; private set; }

    public bool LowerInclusive { get; private set; }

    public object? Upper { get; private set; }

    public bool UpperInclusive { get; private set; }

    public void RestrictTo(IEnumerable<object> values)
    {
        var incoming = values.ToList();
        _allowed = _allowed is null
            ? incoming
            : _allowed.Where(kept => incoming.Any(v => ColumnValues.Compare(kept, v) == 0))
                .ToList();
    }

    public void RaiseLower(object value, bool inclusive)
    {
        var order = Lower is null ? 1 : ColumnValues.Compare(value, Lower);
        if (order > 0 || (order == 0 && !inclusive))
        {
            Lower = value;
            LowerInclusive = inclusive;
        }
    }

    public void LowerUpper(object value, bool inclusive)
    {
        var order = Upper is null ? -1 : ColumnValues.Compare(value, Upper);
        if (order < 0 || (order == 0 && !inclusive))
        {
            Upper = value;
            UpperInclusive = inclusive;
        }
    }

    public bool Admits(object value)
    {
        if (_allowed is not null && !_allowed.Any(v => ColumnValues.Compare(v, value) == 0))
        {
            return false;
        }

        return AboveLower(value) && BelowUpper(value);
    }

    /// <summary>
    /// True when some admitted value may lie in [<paramref name="from"/>, <paramref name="to"/>).
    /// Used to decide whether a whole bucket of rows (a day) needs generating at all.
    /// </summary>
    public bool MayOverlap(object from, object to)
    {
        if (_allowed is not null)
        {
            return _allowed.Any(v => ColumnValues.Compare(v, from) >= 0
                && ColumnValues.Compare(v, to) < 0 && AboveLower(v) && BelowUpper(v));
        }

        var startsBeforeEnd = Lower is null || ColumnValues.Compare(Lower, to) < 0;
        var endsAfterStart = Upper is null || ColumnValues.Compare(Upper, from) >= 0;
        return startsBeforeEnd && endsAfterStart;
    }

    private bool AboveLower(object value)
    {
        if (Lower is null)
        {
            return true;
        }

        var order = ColumnValues.Compare(value, Lower);
        return order > 0 || (order == 0 && LowerInclusive);
    }

    private bool BelowUpper(object value)
    {
        if (Upper is null)
        {
            return true;
        }

        var order = ColumnValues.Compare(value, Upper);
        return order < 0 || (order == 0 && UpperInclusive);
    }
}
