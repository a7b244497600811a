using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// A connection to the InnerSpace API: the credentials, the current session id and the
/// HTTP client that carries both. Safe to share between threads. When the API answers
/// 401 the session exchanges its credentials again, once for all the callers that met
/// the same expired id, and replays the request.
/// </summary>
public sealed class InnerSpaceSession : IDisposable
{
    private const string SessionHeader = "X-Session-Id";

    private readonly HttpClient _http;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private SessionToken? _token;
    private long _requestCount;
    private long _refreshCount;

    public InnerSpaceSession(InnerSpaceConnectionInfo connection)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        _http = new HttpClient(new HttpClientHandler(), disposeHandler: true);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("InnerSpace-PowerShell",
            typeof(InnerSpaceSession).Assembly.GetName().Version?.ToString(3) ?? "0"));
    }

    public InnerSpaceConnectionInfo Connection { get; }

    public Uri BaseUri => Connection.BaseUri;

    public string ClientId => Connection.ClientId;

    public string Audience => Connection.Audience;

    /// <summary>When the first session id was obtained.</summary>
    public DateTimeOffset? ConnectedAt { get; private set; }

    /// <summary>When the session id was last exchanged again after the API refused it.</summary>
    public DateTimeOffset? LastRefreshAt { get; private set; }

    /// <summary>API requests sent, replays after re-authentication included.</summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    /// <summary>How many times the credentials were exchanged again.</summary>
    public long RefreshCount => Interlocked.Read(ref _refreshCount);

    public bool IsConnected => Volatile.Read(ref _token) is not null;

    /// <summary>Exchanges the credentials for a first session id.</summary>
    public async Task ConnectAsync(IInnerSpaceLog log, CancellationToken cancel)
    {
        var sessionId = await TokenExchange.ExchangeAsync(_http, Connection, log, cancel)
            .ConfigureAwait(false);

        Volatile.Write(ref _token, new SessionToken(sessionId, generation: 0));
        ConnectedAt = DateTimeOffset.Now;
    }

    /// <summary>
    /// Posts a GraphQL request and returns the answer as soon as its headers arrive, so
    /// the caller can read the body as a stream. A 401 leads to one re-authentication
    /// and one replay; any other status that is not success is an error.
    /// </summary>
    public async Task<ApiResponse> PostAsync(
        GraphQLRequest request,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        var body = request.ToJsonBytes();
        if (log.IsDebugEnabled)
        {
            log.Debug("GraphQL request body: " + System.Text.Encoding.UTF8.GetString(body));
        }

        var token = await CurrentTokenAsync(log, cancel).ConfigureAwait(false);
        var response = await SendOnceAsync(body, token, log, cancel).ConfigureAwait(false);

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            if (log.IsVerboseEnabled)
            {
                log.Verbose("The session expired or was refused; exchanging the credentials again.");
            }

            token = await RefreshAsync(token, log, cancel).ConfigureAwait(false);
            response = await SendOnceAsync(body, token, log, cancel).ConfigureAwait(false);

            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                var excerpt = await ResponseExcerpt.ReadAsync(response, cancel).ConfigureAwait(false);
                response.Dispose();
                throw new InnerSpaceException(
                    ErrorIds.SessionReauthenticationFailed,
                    "Re-authentication failed: InnerSpace accepted the credentials but refused " +
                    "the new session with HTTP 401. Connect again; if it persists, the client " +
                    "may not be entitled to this API.",
                    401,
                    excerpt);
            }
        }

        if (!response.IsSuccessStatusCode)
        {
            var excerpt = await ResponseExcerpt.ReadAsync(response, cancel).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var reason = response.ReasonPhrase;
            var contentType = ResponseExcerpt.ContentTypeOf(response);
            response.Dispose();
            throw new InnerSpaceException(
                ErrorIds.ApiHttpError,
                $"The InnerSpace API answered HTTP {status} {reason} ({contentType}).",
                status,
                excerpt);
        }

        return new ApiResponse(response);
    }

    public void Dispose()
    {
        _http.Dispose();
        _refreshGate.Dispose();
        Connection.ClientSecret.Dispose();
    }

    /// <summary>Names the client and host; never the secret or the session id.</summary>
    public override string ToString() =>
        $"InnerSpace session of client {ClientId} at {BaseUri}" + (IsConnected ? "" : " (not connected)");

    private async Task<SessionToken> CurrentTokenAsync(IInnerSpaceLog log, CancellationToken cancel)
    {
        var token = Volatile.Read(ref _token);
        if (token is not null)
        {
            return token;
        }

        return await RefreshAsync(stale: null, log, cancel).ConfigureAwait(false);
    }

    // Single flight: callers that saw the same stale token queue on the gate; the first
    // exchanges, the others find a newer token when their turn comes and take it.
    private async Task<SessionToken> RefreshAsync(
        SessionToken? stale,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        await _refreshGate.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            var current = Volatile.Read(ref _token);
            if (current is not null && current != stale)
            {
                return current;
            }

            var sessionId = await TokenExchange.ExchangeAsync(_http, Connection, log, cancel)
                .ConfigureAwait(false);
            var fresh = new SessionToken(sessionId, (stale?.Generation ?? -1) + 1);
            Volatile.Write(ref _token, fresh);

            var now = DateTimeOffset.Now;
            if (ConnectedAt is null)
            {
                ConnectedAt = now;
            }
            else
            {
                LastRefreshAt = now;
                Interlocked.Increment(ref _refreshCount);
            }

            return fresh;
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(
        byte[] body,
        SessionToken token,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Connection.ApiUri)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(SessionHeader, token.SessionId);

        if (log.IsVerboseEnabled)
        {
            log.Verbose($"POST {Connection.ApiUri.AbsolutePath} ({body.Length} bytes)");
        }

        var clock = Stopwatch.StartNew();
        Interlocked.Increment(ref _requestCount);
        var response = await HttpSending.SendAsync(_http, request, cancel).ConfigureAwait(false);

        if (log.IsVerboseEnabled)
        {
            var length = response.Content?.Headers.ContentLength;
            log.Verbose($"POST {Connection.ApiUri.AbsolutePath} answered {(int)response.StatusCode} " +
                $"{response.ReasonPhrase} in {clock.ElapsedMilliseconds} ms" +
                (length is null ? ", body streamed" : $", {length} bytes"));
        }

        return response;
    }
}
