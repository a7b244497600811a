using System.Globalization;

namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// The text form of timestamp cells, which hold the instant with the building's local offset.
/// The v2 format is undocumented; see CHOICES.md and <see cref="TimestampFormat"/>.
/// </summary>
internal static class TimestampText
{
    public const int MaxLength = 29;

    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static string Format(DateTimeOffset value, TimestampFormat format)
    {
        Span<char> buffer = stackalloc char[MaxLength];
        return new string(buffer[..Format(value, format, buffer)]);
    }

    /// <summary>
    /// Formats into <paramref name="buffer"/> and returns the length. Written by hand because
    /// a custom format string costs more than the rest of a row, at millions of rows.
    /// </summary>
    public static int Format(DateTimeOffset value, TimestampFormat format, Span<char> buffer)
    {
        var clock = format == TimestampFormat.Utc ? value.UtcDateTime : value.DateTime;
        WriteDigits(buffer[..4], clock.Year);
        buffer[4] = '-';
        WriteDigits(buffer.Slice(5, 2), clock.Month);
        buffer[7] = '-';
        WriteDigits(buffer.Slice(8, 2), clock.Day);
        buffer[10] = 'T';
        WriteDigits(buffer.Slice(11, 2), clock.Hour);
        buffer[13] = ':';
        WriteDigits(buffer.Slice(14, 2), clock.Minute);
        buffer[16] = ':';
        WriteDigits(buffer.Slice(17, 2), clock.Second);
        buffer[19] = '.';
        WriteDigits(buffer.Slice(20, 3), clock.Millisecond);
        switch (format)
        {
            case TimestampFormat.Utc:
                buffer[23] = 'Z';
                return 24;

            case TimestampFormat.Offset:
                var offset = (int)value.Offset.TotalMinutes;
                buffer[23] = offset < 0 ? '-' : '+';
                WriteDigits(buffer.Slice(24, 2), Math.Abs(offset) / 60);
                buffer[26] = ':';
                WriteDigits(buffer.Slice(27, 2), Math.Abs(offset) % 60);
                return 29;

            default:
                return 23;
        }
    }

    private static void WriteDigits(Span<char> target, int value)
    {
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>
    /// Reads a filter value. With a Z or an offset it is an instant. Without one it is UTC,
    /// except in <see cref="TimestampFormat.Local"/>, where it is a <see cref="WallClock"/>.
    /// </summary>
    /// <param name="value">A <see cref="DateTimeOffset"/> or a <see cref="WallClock"/>.</param>
    public static bool TryParse(string text, TimestampFormat format, out object value)
    {
        value = default(DateTimeOffset);
        if (!DateTime.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            value = format == TimestampFormat.Local
                ? new WallClock(parsed)
                : new DateTimeOffset(parsed, TimeSpan.Zero);
            return true;
        }

        // RoundtripKind turns an offset into machine-local time; parse again to keep it.
        value = DateTimeOffset.ParseExact(text, InputFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.None);
        return true;
    }
}
