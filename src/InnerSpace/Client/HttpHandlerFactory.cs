using System;
using System.Net;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Security.Authentication;

namespace InnerSpace.Client;

/// <summary>Builds the one HTTP handler a session owns.</summary>
internal static class HttpHandlerFactory
{
    // SslProtocols.Tls13 is missing from netstandard2.0; this is its value.
    private const SslProtocols Tls13 = (SslProtocols)12288;

    public static HttpClientHandler Create(InnerSpaceSessionOptions options)
    {
        var handler = new HttpClientHandler
        {
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseProxy = true,
        };

        if (options.Proxy is not null)
        {
            handler.Proxy = options.Proxy;
        }

        // Windows PowerShell 5.1 runs on .NET Framework, whose default may still offer
        // TLS 1.0. Setting the handler's own protocols avoids touching the process-wide
        // ServicePointManager that other modules rely on. Modern .NET already defaults to
        // what the operating system considers safe, so it is left alone there.
        if (IsNetFramework(RuntimeInformation.FrameworkDescription))
        {
            handler.SslProtocols = SslProtocols.Tls12 | Tls13;
        }

        return handler;
    }

    internal static bool IsNetFramework(string frameworkDescription) =>
        frameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);
}
