using System;
using System.IO;
using System.Net.Http;

namespace InnerSpace.Client;

/// <summary>
/// A successful API answer whose body has not been read yet. Disposing it closes the
/// connection's stream, which is also how a reader stops a download it no longer needs.
/// </summary>
internal sealed class ApiResponse : IDisposable
{
    private readonly HttpResponseMessage _response;

    internal ApiResponse(HttpResponseMessage response)
    {
        _response = response;
    }

    public int StatusCode => (int)_response.StatusCode;

    public string ContentType => ResponseExcerpt.ContentTypeOf(_response);

    public bool IsJson =>
        _response.Content?.Headers.ContentType?.MediaType?.EndsWith("json",
            StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The body as it arrives from the socket.</summary>
    public Stream OpenBody() => _response.Content.ReadAsStreamAsync().GetAwaiter().GetResult();

    public void Dispose() => _response.Dispose();
}
