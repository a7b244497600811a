using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// Reads the body of <c>POST /sandbox/faults</c>: one fault object or an array of them, all
/// checked before any is queued. Unknown members are refused so that a typo such as
/// <c>retry_after</c> fails loudly instead of being ignored.
/// </summary>
internal static class FaultRequestReader
{
    public const int MaxCount = 10_000;

    public const int MaxDelayMs = 120_000;

    private static readonly string[] Members =
        ["kind", "count", "status", "retryAfter", "delayMs", "path"];

    public static bool TryRead(
        byte[] body,
        [NotNullWhen(true)] out List<FaultEntry>? entries,
        [NotNullWhen(false)] out string? problem)
    {
        entries = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().ToList()
                : [root];
            var read = new List<FaultEntry>();
            foreach (var item in items)
            {
                if (!TryReadOne(item, out var entry, out problem))
                {
                    return false;
                }

                read.Add(entry);
            }

            problem = read.Count == 0 ? "the array holds no fault" : null;
            entries = read;
            return problem is null;
        }
        catch (JsonException)
        {
            problem = "the body is not valid JSON";
            return false;
        }
    }

    private static bool TryReadOne(
        JsonElement item,
        [NotNullWhen(true)] out FaultEntry? entry,
        [NotNullWhen(false)] out string? problem)
    {
        entry = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "a fault must be a JSON object";
            return false;
        }

        var unknown = item.EnumerateObject().FirstOrDefault(m => !Members.Contains(m.Name));
        if (unknown.Value.ValueKind != JsonValueKind.Undefined)
        {
            problem = $"unknown member '{unknown.Name}'; known: {string.Join(", ", Members)}";
            return false;
        }

        // Every reader runs so every out value is set; the first problem found is reported.
        string?[] problems =
        [
            ReadKind(item, out var kind),
            ReadTarget(item, out var target),
            ReadInt(item, "count", 1, MaxCount, 1, out var count),
            ReadStatus(item, kind, out var status),
            ReadRetryAfter(item, kind, out var retryAfter),
            ReadDelay(item, kind, out var delayMs),
        ];
        problem = problems.FirstOrDefault(text => text is not null);
        if (problem is not null)
        {
            return false;
        }

        entry = new FaultEntry(kind, target, count, status, retryAfter, delayMs);
        return true;
    }

    private static string? ReadKind(JsonElement item, out FaultKind kind)
    {
        kind = default;
        var names = string.Join(", ", FaultNames.Kinds.Keys);
        if (!item.TryGetProperty("kind", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return $"'kind' is required: one of {names}";
        }

        return FaultNames.Kinds.TryGetValue(value.GetString()!, out kind)
            ? null
            : $"'kind' must be one of {names}";
    }

    private static string? ReadTarget(JsonElement item, out FaultTarget target)
    {
        target = FaultTarget.Api;
        if (!item.TryGetProperty("path", out var value))
        {
            return null;
        }

        var known = value.ValueKind == JsonValueKind.String
            && FaultNames.Targets.TryGetValue(value.GetString()!, out target);
        return known ? null : "'path' must be \"api\" (/v2/api) or \"token\" (/v2/oauth/token)";
    }

    private static string? ReadStatus(JsonElement item, FaultKind kind, out int status)
    {
        status = 0;
        var hasStatus = item.TryGetProperty("status", out _);
        if (kind is not (FaultKind.Status or FaultKind.Html))
        {
            return hasStatus ? "'status' applies only to status and html faults" : null;
        }

        if (kind == FaultKind.Status && !hasStatus)
        {
            return "a status fault needs 'status', e.g. 429 or 503";
        }

        return ReadInt(item, "status", 400, 599, 502, out status);
    }

    private static string? ReadRetryAfter(JsonElement item, FaultKind kind, out string? header)
    {
        header = null;
        if (!item.TryGetProperty("retryAfter", out var value))
        {
            return null;
        }

        if (kind is not (FaultKind.Status or FaultKind.Html))
        {
            return "'retryAfter' applies only to status and html faults";
        }

        header = value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var seconds) && seconds >= 0 =>
                seconds.ToString(CultureInfo.InvariantCulture),
            JsonValueKind.String => NormaliseRetryAfter(value.GetString()!),
            _ => null,
        };
        return header is null
            ? "'retryAfter' must be whole seconds (\"2\") or an HTTP date "
                + "(\"Wed, 21 Oct 2026 07:28:00 GMT\")"
            : null;
    }

    // Both forms RFC 9110 allows: delay-seconds, or an IMF-fixdate sent back as written.
    private static string? NormaliseRetryAfter(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return text;
        }

        var isDate = DateTimeOffset.TryParseExact(text, "r", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out _);
        return isDate ? text : null;
    }

    private static string? ReadDelay(JsonElement item, FaultKind kind, out int delayMs)
    {
        if (kind == FaultKind.Delay && !item.TryGetProperty("delayMs", out _))
        {
            delayMs = 0;
            return "a delay fault needs 'delayMs'";
        }

        return ReadInt(item, "delayMs", 0, MaxDelayMs, 0, out delayMs);
    }

    private static string? ReadInt(
        JsonElement item,
        string name,
        int min,
        int max,
        int fallback,
        out int value)
    {
        value = fallback;
        if (!item.TryGetProperty(name, out var member))
        {
            return null;
        }

        var ok = member.ValueKind == JsonValueKind.Number && member.TryGetInt32(out value)
            && value >= min && value <= max;
        return ok ? null : $"'{name}' must be a whole number from {min} to {max}";
    }
}
