using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// Sends one request and turns the ways it can fail without an HTTP answer into an
/// <see cref="InnerSpaceException"/> with <see cref="ErrorIds.TransportFailed"/>.
/// A cancellation the caller asked for stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal static class HttpSending
{
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http,
        HttpRequestMessage request,
        CancellationToken cancel)
    {
        try
        {
            return await http
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException timeout)
        {
            throw new InnerSpaceException(
                ErrorIds.TransportFailed,
                $"{request.Method} {request.RequestUri} got no answer within " +
                $"{http.Timeout.TotalSeconds:0} seconds.",
                innerException: timeout);
        }
        catch (HttpRequestException failure)
        {
            throw new InnerSpaceException(
                ErrorIds.TransportFailed,
                $"{request.Method} {request.RequestUri} failed before the server answered: " +
                Innermost(failure).Message,
                innerException: failure);
        }
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
