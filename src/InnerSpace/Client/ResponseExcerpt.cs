using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// Reads the start of an error body so that a message can quote what the server said
/// without pulling a large HTML page into an error record.
/// </summary>
internal static class ResponseExcerpt
{
    public const int MaxCharacters = 400;

    public static async Task<string> ReadAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        if (response.Content is null)
        {
            return string.Empty;
        }

        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        return await ReadAsync(body, cancel).ConfigureAwait(false);
    }

    public static async Task<string> ReadAsync(Stream body, CancellationToken cancel)
    {
        var buffer = new byte[MaxCharacters * 2];
        var filled = 0;

        while (filled < buffer.Length)
        {
            var read = await body.ReadAsync(buffer, filled, buffer.Length - filled, cancel)
                .ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        return Shorten(Encoding.UTF8.GetString(buffer, 0, filled));
    }

    public static string Shorten(string text)
    {
        var oneLine = text.Replace("\r", " ").Replace("\n", " ").Trim();
        return oneLine.Length <= MaxCharacters ? oneLine : oneLine.Substring(0, MaxCharacters) + "…";
    }

    /// <summary>Removes a secret from text the server sent back, in case it echoes it.</summary>
    public static string Redact(string text, string secret) =>
        secret.Length == 0 ? text : text.Replace(secret, "***");

    public static string ContentTypeOf(HttpResponseMessage response) =>
        response.Content?.Headers.ContentType?.ToString() ?? "no content type";
}
