using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.Hosting;

/// <summary>Reads a request body into memory, refusing bodies over a size cap.</summary>
internal static class RequestBodyReader
{
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(
        HttpRequest request,
        int maxBytes,
        CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
