using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// Sends a request, and sends it again while the failure is transient: 408, 429, 500,
/// 502, 503, 504, no answer at all, or a timeout. Waits grow exponentially with jitter, a
/// Retry-After header is honoured in full, and the waits of one request never add up to
/// more than <see cref="InnerSpaceSessionOptions.MaxRetryTime"/>. Other statuses, 401
/// included, are returned for the caller to judge.
/// </summary>
internal sealed class TransientRetrySender
{
    private readonly HttpClient _http;
    private readonly InnerSpaceSessionOptions _options;

    public TransientRetrySender(HttpClient http, InnerSpaceSessionOptions options)
    {
        _http = http;
        _options = options;
    }

    /// <summary>
    /// The first answer that is not transient. <paramref name="createRequest"/> is called
    /// for every attempt, since a request message can be sent only once.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(
        Func<HttpRequestMessage> createRequest,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        var waited = TimeSpan.Zero;

        for (var attempt = 1; ; attempt++)
        {
            using var request = createRequest();
            HttpResponseMessage? response = null;
            InnerSpaceException? noAnswer = null;

            try
            {
                response = await SendOnceAsync(request, log, cancel).ConfigureAwait(false);
                if (!IsTransient(response.StatusCode))
                {
                    return response;
                }
            }
            catch (InnerSpaceException failure) when (failure.ErrorId == ErrorIds.TransportFailed)
            {
                noAnswer = failure;
            }

            var asked = response is null ? null
                : RetryAfterHeader.WaitAskedBy(response, _options.Clock.UtcNow);
            var wait = asked ?? Backoff(attempt);

            if (waited + wait > _options.MaxRetryTime)
            {
                throw await GiveUpAsync(request, response, noAnswer, asked, attempt, cancel)
                    .ConfigureAwait(false);
            }

            var reason = response is null ? noAnswer!.Message
                : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            response?.Dispose();

            if (waited == TimeSpan.Zero)
            {
                log.Warning($"InnerSpace {(response is null ? "could not be reached" : "answered " + reason)}; " +
                    $"retrying, with at most {_options.MaxRetryTime.TotalSeconds:0.#} s of waiting " +
                    "between attempts (Connect-InnerSpace -MaxRetryTimeSec sets this limit).");
            }

            if (log.IsVerboseEnabled)
            {
                var why = asked is null ? "backing off" : "as Retry-After asks";
                log.Verbose($"{reason}; waiting {wait.TotalSeconds:0.0} s ({why}) before attempt " +
                    $"{attempt + 1}.");
            }

            await _options.Clock.Delay(wait, cancel).ConfigureAwait(false);
            waited += wait;
        }
    }

    /// <summary>Whether a status says "try again later" rather than "this is wrong".</summary>
    public static bool IsTransient(HttpStatusCode status) => (int)status switch
    {
        408 or 429 or 500 or 502 or 503 or 504 => true,
        _ => false,
    };

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, _options.MaxBackoff.TotalMilliseconds);

        // Half fixed, half random: callers that failed together do not retry together.
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * _options.Jitter());
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        HttpRequestMessage request,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (log.IsVerboseEnabled)
        {
            var length = request.Content?.Headers.ContentLength;
            log.Verbose($"{request.Method} {path}" + (length is null ? "" : $" ({length} bytes)"));
        }

        if (log.IsDebugEnabled)
        {
            log.Debug($"{request.Method} {request.RequestUri} headers: " + HeaderRedaction.Describe(request));
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(_options.RequestTimeout);
        var clock = Stopwatch.StartNew();
        HttpResponseMessage response;

        try
        {
            response = await _http
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException expired)
        {
            throw new InnerSpaceException(ErrorIds.TransportFailed,
                $"{request.Method} {path} got no answer within " +
                $"{_options.RequestTimeout.TotalSeconds:0.#} s", innerException: expired);
        }
        catch (HttpRequestException failure)
        {
            throw new InnerSpaceException(ErrorIds.TransportFailed,
                $"{request.Method} {path} to {request.RequestUri.Authority} failed before an " +
                "answer: " + Innermost(failure).Message, innerException: failure);
        }

        if (log.IsVerboseEnabled)
        {
            var length = response.Content?.Headers.ContentLength;
            log.Verbose($"{request.Method} {path} answered {(int)response.StatusCode} " +
                $"{response.ReasonPhrase} in {clock.ElapsedMilliseconds} ms" +
                (length is null ? "" : $", {length} bytes"));
        }

        return response;
    }

    private async Task<InnerSpaceException> GiveUpAsync(
        HttpRequestMessage request,
        HttpResponseMessage? response,
        InnerSpaceException? noAnswer,
        TimeSpan? asked,
        int attempts,
        CancellationToken cancel)
    {
        var budget = $"the retry time of {_options.MaxRetryTime.TotalSeconds:0.#} s";
        var path = request.RequestUri!.AbsolutePath;

        if (response is null)
        {
            return new InnerSpaceException(ErrorIds.ApiUnavailable,
                $"InnerSpace is unavailable: {request.Method} {path} got no answer in " +
                $"{Attempts(attempts)} within {budget}. Last failure: {noAnswer!.Message}",
                innerException: noAnswer);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var excerpt = await ResponseExcerpt.ReadAsync(response, cancel).ConfigureAwait(false);
            var askedText = asked is null ? "" : $", and it asked to wait {asked.Value.TotalSeconds:0.#} s more";
            var throttled = status == 429;

            return new InnerSpaceException(
                throttled ? ErrorIds.ApiThrottled : ErrorIds.ApiUnavailable,
                $"InnerSpace {(throttled ? "is throttling requests" : "is unavailable")}: " +
                $"{request.Method} {path} answered HTTP {status} {response.ReasonPhrase} " +
                $"{Times(attempts)}{askedText}, which exceeds {budget}.",
                status,
                excerpt);
        }
    }

    private static string Attempts(int count) => count == 1 ? "1 attempt" : $"{count} attempts";

    private static string Times(int count) => count == 1 ? "once" : $"{count} times";

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
