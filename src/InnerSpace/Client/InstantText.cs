using System;
using System.Globalization;

namespace InnerSpace.Client;

/// <summary>
/// Parses the API's ISO 8601 timestamps. The common shape (yyyy-MM-ddTHH:mm:ss, optional
/// fraction, then Z or an offset) is read by hand, since a large answer holds one per
/// row; anything else goes to the framework's general parser.
/// </summary>
internal static class InstantText
{
    // Missing: a timestamp without an offset is the building's local time. Until the
    // module learns each building's time zone such values are taken as UTC, which shifts
    // them by the building's offset.
    public static DateTimeOffset Parse(string text) =>
        TryParseIso(text, out var instant)
            ? instant
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces);

    private static bool TryParseIso(string text, out DateTimeOffset instant)
    {
        instant = default;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T'
            || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month)
            || !Digits(text, 8, 2, out var day) || !Digits(text, 11, 2, out var hour)
            || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        var ticks = 0L;
        if (position < text.Length && text[position] == '.')
        {
            var scale = TimeSpan.TicksPerSecond;
            for (position++; position < text.Length && char.IsDigit(text[position]); position++)
            {
                scale /= 10;
                ticks += (text[position] - '0') * scale;
            }
        }

        if (!OffsetAt(text, position, out var offset))
        {
            return false;
        }

        try
        {
            var local = new DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
            instant = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool OffsetAt(string text, int position, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var rest = text.Length - position;

        if (rest == 0 || (rest == 1 && text[position] == 'Z'))
        {
            return true;
        }

        if (rest != 6 || (text[position] != '+' && text[position] != '-') || text[position + 3] != ':'
            || !Digits(text, position + 1, 2, out var hours) || !Digits(text, position + 4, 2, out var minutes))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (text[position] == '-')
        {
            offset = offset.Negate();
        }

        return true;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var index = start; index < start + count; index++)
        {
            var digit = text[index] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = value * 10 + digit;
        }

        return true;
    }
}
