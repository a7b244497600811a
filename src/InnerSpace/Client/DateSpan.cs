using System;
using System.Collections.Generic;

namespace InnerSpace.Client;

/// <summary>An inclusive range of local calendar days.</summary>
public sealed class DateSpan
{
    public DateSpan(DateTime first, DateTime last)
    {
        if (last.Date < first.Date)
        {
            throw new ArgumentException(
                $"The end date {last:yyyy-MM-dd} is before the start date {first:yyyy-MM-dd}.");
        }

        First = first.Date;
        Last = last.Date;
    }

    public DateTime First { get; }

    public DateTime Last { get; }

    public int Days => (int)(Last - First).TotalDays + 1;

    /// <summary>Consecutive spans of at most <paramref name="maxDays"/> days, in order.</summary>
    public IEnumerable<DateSpan> Split(int maxDays)
    {
        var start = First;
        while (true)
        {
            // Counted in days left rather than by adding to the start, which would run
            // past DateTime.MaxValue for a range that ends in the year 9999.
            var daysLeft = (Last - start).TotalDays;
            var end = daysLeft < maxDays ? Last : start.AddDays(maxDays - 1);
            yield return new DateSpan(start, end);

            if (end == Last)
            {
                yield break;
            }

            start = end.AddDays(1);
        }
    }

    public override string ToString() =>
        First == Last ? $"{First:yyyy-MM-dd}" : $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
