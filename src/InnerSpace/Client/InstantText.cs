using System;
using System.Globalization;

namespace InnerSpace.Client;

/// <summary>
/// Parses the API's ISO 8601 timestamps. The common shape (yyyy-MM-ddTHH:mm:ss, optional
/// fraction, then Z, an offset or nothing) is read by hand, since a large answer holds one
/// per row; anything else goes to the framework's general parser.
/// </summary>
internal static class InstantText
{
    /// <summary>
    /// A <see cref="DateTimeOffset"/> when the text carries Z or an offset, and a
    /// <see cref="WallClockTime"/> when it carries neither: such a time is the building's
    /// local time, which only the building's time zone turns into an instant.
    /// </summary>
    public static object Parse(string text)
    {
        if (!TryParseIso(text, out var wallClock, out var offset))
        {
            return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces);
        }

        return offset is null ? new WallClockTime(wallClock) : new DateTimeOffset(wallClock, offset.Value);
    }

    private static bool TryParseIso(string text, out DateTime wallClock, out TimeSpan? offset)
    {
        wallClock = default;
        offset = null;
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

        if (!OffsetAt(text, position, out offset))
        {
            return false;
        }

        try
        {
            wallClock = new DateTime(year, month, day, hour, minute, second).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool OffsetAt(string text, int position, out TimeSpan? offset)
    {
        offset = null;
        var rest = text.Length - position;

        if (rest == 0)
        {
            return true;
        }

        if (rest == 1 && text[position] == 'Z')
        {
            offset = TimeSpan.Zero;
            return true;
        }

        if (rest != 6 || (text[position] != '+' && text[position] != '-') || text[position + 3] != ':'
            || !Digits(text, position + 1, 2, out var hours) || !Digits(text, position + 4, 2, out var minutes))
        {
            return false;
        }

        var span = new TimeSpan(hours, minutes, 0);
        offset = text[position] == '-' ? span.Negate() : span;
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
