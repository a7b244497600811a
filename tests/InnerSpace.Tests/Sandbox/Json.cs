using System.Globalization;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Reads GraphQL answers in assertions.</summary>
internal static class Json
{
    public const string DemoGroup = "all-e707b3a8-0732-49ae-9156-13ff1138540e";

    public static List<JsonElement> Rows(JsonDocument answer, string key = "BUILDING_INSIGHTS")
    {
        var failed = answer.RootElement.TryGetProperty("errors", out var errors);
        Assert.False(failed, errors.ToString());
        return answer.RootElement.GetProperty("data").GetProperty(key).EnumerateArray().ToList();
    }

    /// <summary>The single error of a failed answer, which must carry no data member.</summary>
    public static (string Code, string Message, string? Path) Error(JsonDocument answer)
    {
        Assert.False(answer.RootElement.TryGetProperty("data", out _));
        var error = Assert.Single(answer.RootElement.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        var path = extensions.TryGetProperty("path", out var p) ? p.GetString() : null;
        var code = extensions.GetProperty("code").GetString()!;
        return (code, error.GetProperty("message").GetString()!, path);
    }

    public static List<string> Strings(IEnumerable<JsonElement> rows, string member)
    {
        return rows.Select(row => row.GetProperty(member).GetString()!).ToList();
    }

    public static DateTime Utc(JsonElement row, string member = "DATE_TIME_START")
    {
        return DateTime.Parse(row.GetProperty(member).GetString()!, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }
}
