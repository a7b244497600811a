using System;
using System.Collections.Generic;
using System.Linq;
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
    private readonly TransientRetrySender _sender;
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private SessionToken? _token;
    private long _requestCount;
    private long _refreshCount;
    private int _disposed;

    public InnerSpaceSession(InnerSpaceConnectionInfo connection, InnerSpaceSessionOptions? options = null)
    {
        Connection = connection ?? throw new ArgumentNullException(nameof(connection));
        Options = options ?? new InnerSpaceSessionOptions();
        Options.Validate();

        // Timeouts are per attempt, set by the sender; the client's own would cut retries.
        _http = new HttpClient(HttpHandlerFactory.Create(Options), disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _sender = new TransientRetrySender(_http, Options);
        TimeZones = new BuildingTimeZones(ReadDirectoryAsync);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("InnerSpace-PowerShell",
            typeof(InnerSpaceSession).Assembly.GetName().Version?.ToString(3) ?? "0"));
    }

    internal InnerSpaceConnectionInfo Connection { get; }

    internal InnerSpaceSessionOptions Options { get; }

    /// <summary>The buildings' time zones, read from the directory when first needed.</summary>
    internal BuildingTimeZones TimeZones { get; }

    /// <summary>The most time spent waiting between retries of one request.</summary>
    public TimeSpan MaxRetryTime => Options.MaxRetryTime;

    /// <summary>How long one attempt may wait for an answer.</summary>
    public TimeSpan RequestTimeout => Options.RequestTimeout;

    public Uri BaseUri => Connection.BaseUri;

    public string ClientId => Connection.ClientId;

    public string Audience => Connection.Audience;

    /// <summary>When the first session id was obtained.</summary>
    public DateTimeOffset? ConnectedAt { get; private set; }

    /// <summary>When the session id was last exchanged again after the API refused it.</summary>
    public DateTimeOffset? LastRefreshAt { get; private set; }

    /// <summary>
    /// API requests sent, replays after re-authentication included and retries of a
    /// transient failure not.
    /// </summary>
    public long RequestCount => Interlocked.Read(ref _requestCount);

    /// <summary>How many times the credentials were exchanged again.</summary>
    public long RefreshCount => Interlocked.Read(ref _refreshCount);

    public bool IsConnected => Volatile.Read(ref _token) is not null && !IsDisposed;

    private bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>Exchanges the credentials for a first session id.</summary>
    internal async Task ConnectAsync(IInnerSpaceLog log, CancellationToken cancel)
    {
        ThrowIfDisconnected();
        var grant = await TokenExchange.ExchangeAsync(_sender, Connection, log, cancel)
            .ConfigureAwait(false);

        Volatile.Write(ref _token, SessionToken.From(grant, generation: 0, Options.Clock.UtcNow));
        ConnectedAt = DateTimeOffset.Now;
    }

    /// <summary>
    /// Posts a GraphQL request and returns the answer as soon as its headers arrive, so
    /// the caller can read the body as a stream. A 401 leads to one re-authentication
    /// and one replay; any other status that is not success is an error.
    /// </summary>
    internal async Task<ApiResponse> PostAsync(
        GraphQLRequest request,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        ThrowIfDisconnected();
        var body = request.ToJsonBytes();
        if (log.IsDebugEnabled)
        {
            log.Debug("GraphQL request body: " + System.Text.Encoding.UTF8.GetString(body));
        }

        var token = await CurrentTokenAsync(log, cancel).ConfigureAwait(false);
        var response = await SendWithRetriesAsync(body, token, log, cancel).ConfigureAwait(false);

        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            response.Dispose();
            if (log.IsVerboseEnabled)
            {
                log.Verbose("The session expired or was refused; exchanging the credentials again.");
            }

            token = await RefreshAsync(token, log, cancel).ConfigureAwait(false);
            response = await SendWithRetriesAsync(body, token, log, cancel).ConfigureAwait(false);

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

    /// <summary>
    /// Every building of the directory root, for the module's own look-ups. GraphQL
    /// errors (such as a server without that root) give an empty list.
    /// </summary>
    internal async Task<IReadOnlyList<Building>> ReadDirectoryAsync(CancellationToken cancel)
    {
        var root = ApiRoots.Buildings;
        var request = new InsightQuery(root, root.Selection(null), Array.Empty<ColumnFilter>()).ToRequest();

        using var response = await PostAsync(request, SilentLog.Instance, cancel).ConfigureAwait(false);
        using var stop = cancel.Register(response.Dispose);
        return GraphQLResponseReader<object>.Read(response, new TypedRowFactory(root))
            .Select(item => item.Value)
            .OfType<Building>()
            .ToList();
    }

    /// <summary>Ends the session: later requests through it fail with SessionNotConnected.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _http.Dispose();
        _refreshGate.Dispose();
        Connection.ClientSecret.Dispose();
    }

    /// <summary>Names the client and host; never the secret or the session id.</summary>
    public override string ToString() =>
        $"InnerSpace session of client {ClientId} at {BaseUri}" + (IsConnected ? "" : " (not connected)");

    /// <summary>Refuses further use once the session was disconnected.</summary>
    internal void ThrowIfDisconnected()
    {
        if (IsDisposed)
        {
            throw new InnerSpaceException(ErrorIds.SessionNotConnected,
                $"The InnerSpace session of client {ClientId} at {BaseUri} was disconnected. " +
                "Run Connect-InnerSpace again.");
        }
    }

    private async Task<SessionToken> CurrentTokenAsync(IInnerSpaceLog log, CancellationToken cancel)
    {
        var token = Volatile.Read(ref _token);
        if (token is null)
        {
            return await RefreshAsync(stale: null, log, cancel).ConfigureAwait(false);
        }

        if (token.RefreshAfter is { } due && Options.Clock.UtcNow >= due)
        {
            if (log.IsVerboseEnabled)
            {
                log.Verbose("The session is about to expire; exchanging the credentials ahead of it.");
            }

            return await RefreshAsync(token, log, cancel).ConfigureAwait(false);
        }

        return token;
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

            var grant = await TokenExchange.ExchangeAsync(_sender, Connection, log, cancel)
                .ConfigureAwait(false);
            var fresh = SessionToken.From(grant, (stale?.Generation ?? -1) + 1, Options.Clock.UtcNow);
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

    // Each call is one logical request; the sender may repeat it while failures are transient.
    private async Task<HttpResponseMessage> SendWithRetriesAsync(
        byte[] body,
        SessionToken token,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        Interlocked.Increment(ref _requestCount);
        return await _sender.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, Connection.ApiUri)
                {
                    Content = new ByteArrayContent(body),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(SessionHeader, token.SessionId);
                return request;
            },
            log,
            cancel).ConfigureAwait(false);
    }
}
