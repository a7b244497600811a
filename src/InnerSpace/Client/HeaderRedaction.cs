using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace InnerSpace.Client;

/// <summary>Describes request headers for Debug output, hiding the ones that grant access.</summary>
internal static class HeaderRedaction
{
    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Session-Id",
        "Authorization",
        "Proxy-Authorization",
        "Cookie",
    };

    public static string Describe(HttpRequestMessage request)
    {
        IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers = request.Headers;
        if (request.Content is not null)
        {
            headers = headers.Concat(request.Content.Headers);
        }

        return string.Join("; ", headers.Select(Describe));
    }

    private static string Describe(KeyValuePair<string, IEnumerable<string>> header) =>
        header.Key + ": " + (Hidden.Contains(header.Key) ? "***" : string.Join(", ", header.Value));
}
