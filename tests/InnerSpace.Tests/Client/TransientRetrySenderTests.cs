using Newtonsoft.Json.Linq;
using System.Diagnostics;
using InnerSpace.Client;
using InnerSpace.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace InnerSpace.Tests.Client;

/// <summary>
/// Retries of transient failures, over loopback, with a fake clock that records the waits.
/// </summary>
public sealed class TransientRetrySenderTests
{
    private const string OneRow = "{\"data\":{\"R\":[{\"n\":1}]}}";

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task PostAsync_TransientStatusTwice_RetriesWithDoublingBackoff(int status)
    {
        await using var server = await ScriptedApiServer.StartAsync((context, call, _) =>
            call <= 2 ? Status(context, status) : ScriptedApiServer.Json(context, OneRow));
        var clock = new FakeClock();

        var rows = await PostAsync(server, clock.Options());

        Assert.Equal(1, rows);
        Assert.Equal(3, server.ApiCalls);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, clock.Waits);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task PostAsync_OtherClientError_IsNotRetried(int status)
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
            Status(context, status));
        var clock = new FakeClock();

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => PostAsync(server, clock.Options()));

        Assert.Equal(ErrorIds.ApiHttpError, failure.ErrorId);
        Assert.Equal(status, failure.StatusCode);
        Assert.Equal(1, server.ApiCalls);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task PostAsync_RetryAfterSeconds_WaitsExactlyWhatWasAsked()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, call, _) =>
        {
            if (call > 3)
            {
                return ScriptedApiServer.Json(context, OneRow);
            }

            context.Response.Headers.RetryAfter = "7";
            return Status(context, 429);
        });
        var clock = new FakeClock();

        await PostAsync(server, clock.Options());

        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(7), 3), clock.Waits);
    }

    [Fact]
    public async Task PostAsync_RetryAfterHttpDate_WaitsUntilThatDate()
    {
        var clock = new FakeClock();
        var until = clock.UtcNow.AddSeconds(12);
        await using var server = await ScriptedApiServer.StartAsync((context, call, _) =>
        {
            if (call > 1)
            {
                return ScriptedApiServer.Json(context, OneRow);
            }

            context.Response.Headers.RetryAfter = until.ToString("r");
            return Status(context, 503);
        });

        await PostAsync(server, clock.Options());

        Assert.Equal(TimeSpan.FromSeconds(12), Assert.Single(clock.Waits));
    }

    [Fact]
    public async Task PostAsync_RetryAfterBeyondBudget_ThrowsThrottledWithoutWaiting()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Status(context, 429);
        });
        var clock = new FakeClock();

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => PostAsync(server, clock.Options(maxRetrySeconds: 60)));

        Assert.Equal(ErrorIds.ApiThrottled, failure.ErrorId);
        Assert.Equal(429, failure.StatusCode);
        Assert.Contains("asked to wait 120 s", failure.Message);
        Assert.Contains("answered HTTP 429 Too Many Requests once", failure.Message);
        Assert.Empty(clock.Waits);
    }

    [Fact]
    public async Task PostAsync_AlwaysUnavailable_StopsWhenWaitsWouldPassBudget()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
            Status(context, 503));
        var clock = new FakeClock();

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => PostAsync(server, clock.Options(maxRetrySeconds: 10)));

        // 1 + 2 + 4 = 7 s waited; the next wait of 8 s would pass 10 s.
        Assert.Equal(ErrorIds.ApiUnavailable, failure.ErrorId);
        Assert.Equal(503, failure.StatusCode);
        Assert.Equal(4, server.ApiCalls);
        Assert.Contains("4 times", failure.Message);
        Assert.Equal(7, clock.Waits.Sum(wait => wait.TotalSeconds));
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_RetriesThenThrowsUnavailable()
    {
        var stopped = await ScriptedApiServer.StartAsync((context, _, _) => Status(context, 200));
        var address = stopped.BaseUri;
        await stopped.DisposeAsync();
        var clock = new FakeClock();
        using var session = new InnerSpaceSession(new InnerSpaceConnectionInfo(address, "id",
            Secrets.ToSecureString("secret")), clock.Options(maxRetrySeconds: 3));

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => session.ConnectAsync(SilentLog.Instance, CancellationToken.None));

        Assert.Equal(ErrorIds.ApiUnavailable, failure.ErrorId);
        Assert.Contains("/v2/oauth/token", failure.Message);
        Assert.Equal(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) }, clock.Waits);
    }

    [Fact]
    public async Task PostAsync_EachWait_IsReportedOnVerboseWithItsReason()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, call, _) =>
        {
            if (call > 1)
            {
                return ScriptedApiServer.Json(context, OneRow);
            }

            context.Response.Headers.RetryAfter = "3";
            return Status(context, 429);
        });
        var log = new RecordingLog();

        await PostAsync(server, new FakeClock().Options(), log);

        Assert.Contains(log.Lines, line =>
            line.Contains("HTTP 429") && line.Contains("waiting 3.0 s") && line.Contains("Retry-After"));
    }

    [Fact]
    public async Task PostAsync_CancelledDuringLongRetryAfter_StopsAtOnceAndSessionStaysUsable()
    {
        var throttle = true;
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
        {
            if (!Volatile.Read(ref throttle))
            {
                return ScriptedApiServer.Json(context, OneRow);
            }

            context.Response.Headers.RetryAfter = "30";
            return Status(context, 503);
        });
        using var session = NewSession(server, new InnerSpaceSessionOptions());
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.PostAsync(
            new GraphQLRequest("{ x }"), SilentLog.Instance, cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Volatile.Write(ref throttle, false);
        using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
            SilentLog.Instance, CancellationToken.None);
        Assert.Single(GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance));
    }

    [Fact]
    public async Task PostAsync_NoHeadersWithinTimeout_RetriesThenThrowsUnavailable()
    {
        await using var server = await ScriptedApiServer.StartAsync(async (context, call, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        });
        var clock = new FakeClock();
        var options = clock.Options(maxRetrySeconds: 1.5);
        options.RequestTimeout = TimeSpan.FromMilliseconds(200);

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(() => PostAsync(server, options));

        Assert.Equal(ErrorIds.ApiUnavailable, failure.ErrorId);
        Assert.Contains("no answer within 0.2 s", failure.Message);
        Assert.Equal(2, server.ApiCalls);
    }

    private static Task Status(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task<int> PostAsync(
        ScriptedApiServer server,
        InnerSpaceSessionOptions options,
        IInnerSpaceLog? log = null)
    {
        using var session = NewSession(server, options);
        using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
            log ?? SilentLog.Instance, CancellationToken.None);
        return GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance).Count();
    }

    private static InnerSpaceSession NewSession(ScriptedApiServer server, InnerSpaceSessionOptions options) =>
        new(new InnerSpaceConnectionInfo(server.BaseUri, ScriptedApiServer.ClientId,
            Secrets.ToSecureString(ScriptedApiServer.ClientSecret)), options);
}
