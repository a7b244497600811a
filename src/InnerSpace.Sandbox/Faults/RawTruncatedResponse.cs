using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace InnerSpace.Sandbox.Faults;

/// <summary>
/// Writes a truncated HTTP/1.1 answer straight to the socket and half-closes it. Going
/// around Kestrel is deliberate: its abort drops whatever it has not sent yet, so a cut made
/// through it may lose the headers too. A blocking send puts the bytes in the kernel first,
/// and the FIN queues behind them, so the client always reads the whole prefix.
/// </summary>
internal static class RawTruncatedResponse
{
    public static void Send(
        Socket socket,
        int statusCode,
        string contentType,
        ReadOnlySpan<byte> prefix)
    {
        // Chunked framing: the client waits for the next chunk, meets the end of the stream,
        // and knows the body is incomplete, as it would after a real dropped connection.
        var head = $"HTTP/1.1 {statusCode} {ReasonPhrases.GetReasonPhrase(statusCode)}\r\n"
            + $"Content-Type: {contentType}\r\n"
            + "Transfer-Encoding: chunked\r\n"
            + "Connection: close\r\n\r\n"
            + $"{prefix.Length:x}\r\n";
        socket.Send(Encoding.ASCII.GetBytes(head));
        socket.Send(prefix);
        socket.Shutdown(SocketShutdown.Send);
    }
}
