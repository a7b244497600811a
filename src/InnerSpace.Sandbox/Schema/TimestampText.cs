using System.Globalization;

namespace InnerSpace.Sandbox.Schema;

/// <summary>
/// The text form of timestamp cells. Output follows the v1 precedent (UTC, milliseconds, Z);
/// the v2 format is undocumented, see CHOICES.md.
/// </summary>
internal static class TimestampText
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    // Offsets are optional (K matches Z, +hh:mm or nothing); without one the value is UTC.
    private static readonly string[] InputFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static string Format(DateTime utc)
    {
        return utc.ToString(OutputFormat, CultureInfo.InvariantCulture);
    }

    public static bool TryParse(string text, out DateTime utc)
    {
        const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal
            | DateTimeStyles.AdjustToUniversal;

        var parsed = DateTimeOffset.TryParseExact(
            text, InputFormats, CultureInfo.InvariantCulture, Styles, out var value);
        utc = parsed ? value.UtcDateTime : default;
        return parsed;
    }
}
