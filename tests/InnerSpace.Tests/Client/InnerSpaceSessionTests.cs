using Newtonsoft.Json.Linq;
using InnerSpace.Client;
using InnerSpace.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace InnerSpace.Tests.Client;

/// <summary>The session's authentication rules, against a scripted server on loopback.</summary>
public sealed class InnerSpaceSessionTests
{
    private const string OneRow = "{\"data\":{\"BUILDING_INSIGHTS\":[{\"BUILDING_ID\":71}]}}";

    [Fact]
    public async Task ConnectAsync_WrongSecret_ThrowsRejectedWithStatusAndWithoutSecret()
    {
        await using var server = await ScriptedApiServer.StartAsync(AnswerOneRowWhenValid);
        const string wrongSecret = "wrong-secret-Kp02";
        using var session = NewSession(server, wrongSecret);

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => session.ConnectAsync(new RecordingLog(), CancellationToken.None));

        Assert.Equal(ErrorIds.AuthenticationRejected, failure.ErrorId);
        Assert.Equal(401, failure.StatusCode);
        Assert.Contains("401", failure.Message);
        Assert.DoesNotContain(wrongSecret, failure.ToString());
        Assert.DoesNotContain(wrongSecret, failure.ServerDetail ?? "");
        Assert.False(session.IsConnected);
    }

    [Fact]
    public async Task PostAsync_SessionExpired_ExchangesOnceAndReplays()
    {
        await using var server = await ScriptedApiServer.StartAsync(AnswerOneRowWhenValid);
        using var session = NewSession(server);
        await session.ConnectAsync(SilentLog.Instance, CancellationToken.None);
        server.ExpireSessions();

        using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
            SilentLog.Instance, CancellationToken.None);
        var rows = GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance).ToList();

        Assert.Equal(71, rows.Single().Value!.Value<int>("BUILDING_ID"));
        Assert.Equal(2, server.TokenExchanges);
        Assert.Equal(2, server.ApiCalls);
        Assert.Equal(1, session.RefreshCount);
        Assert.Equal(2, session.RequestCount);
        Assert.NotNull(session.LastRefreshAt);
    }

    [Fact]
    public async Task PostAsync_FreshSessionRefusedToo_ThrowsReauthenticationFailedAfterOneRetry()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        });
        using var session = NewSession(server);
        await session.ConnectAsync(SilentLog.Instance, CancellationToken.None);

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(() => session.PostAsync(
            new GraphQLRequest("{ x }"), SilentLog.Instance, CancellationToken.None));

        Assert.Equal(ErrorIds.SessionReauthenticationFailed, failure.ErrorId);
        Assert.Contains("Re-authentication failed", failure.Message);
        Assert.Equal(2, server.TokenExchanges);
        Assert.Equal(2, server.ApiCalls);
    }

    [Fact]
    public async Task PostAsync_ManyCallersMeetOneExpiredSession_ExchangeExactlyOnce()
    {
        await using var server = await ScriptedApiServer.StartAsync(AnswerOneRowWhenValid);
        using var session = NewSession(server);
        await session.ConnectAsync(SilentLog.Instance, CancellationToken.None);
        server.ExpireSessions();

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
                SilentLog.Instance, CancellationToken.None);
            return GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance).Count();
        }));
        var rowCounts = await Task.WhenAll(callers);

        Assert.All(rowCounts, count => Assert.Equal(1, count));
        Assert.Equal(2, server.TokenExchanges);
        Assert.Equal(1, session.RefreshCount);
    }

    [Fact]
    public async Task PostAsync_ExpiryHintNearlyUsedUp_ExchangesAheadWithoutMeetingA401()
    {
        await using var server = await ScriptedApiServer.StartAsync(AnswerOneRowWhenValid);
        server.ExpiresInSeconds = 600;
        var clock = new FakeClock();
        using var session = new InnerSpaceSession(new InnerSpaceConnectionInfo(server.BaseUri,
            ScriptedApiServer.ClientId, Secrets.ToSecureString(ScriptedApiServer.ClientSecret)),
            clock.Options());
        await session.ConnectAsync(SilentLog.Instance, CancellationToken.None);

        clock.Advance(TimeSpan.FromSeconds(530));
        (await session.PostAsync(new GraphQLRequest("{ x }"), SilentLog.Instance, default)).Dispose();
        var exchangesBeforeDue = server.TokenExchanges;
        clock.Advance(TimeSpan.FromSeconds(20));
        server.ExpireSessions();
        using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
            SilentLog.Instance, default);

        Assert.Equal(1, exchangesBeforeDue);
        Assert.Equal(2, server.TokenExchanges);
        Assert.Equal(2, server.ApiCalls);
        Assert.Single(GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance));
    }

    [Fact]
    public async Task PostAsync_ServerError_ThrowsApiHttpErrorWithStatusAndBodyExcerpt()
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("not entitled to building 72");
        });
        using var session = NewSession(server);

        var failure = await Assert.ThrowsAsync<InnerSpaceException>(() => session.PostAsync(
            new GraphQLRequest("{ x }"), SilentLog.Instance, CancellationToken.None));

        Assert.Equal(ErrorIds.ApiHttpError, failure.ErrorId);
        Assert.Equal(403, failure.StatusCode);
        Assert.Equal("not entitled to building 72", failure.ServerDetail);
    }

    [Fact]
    public async Task EveryStreamAndMessage_WholeLifecycle_NeverShowSecretOrSessionId()
    {
        var calls = 0;
        await using var server = await ScriptedApiServer.StartAsync((context, _, isValid) =>
        {
            calls++;
            return calls == 2 ? Refuse(context) : AnswerOneRowWhenValid(context, calls, isValid);
        });
        var log = new RecordingLog();
        using var session = NewSession(server);
        var messages = new List<string>();

        await session.ConnectAsync(log, CancellationToken.None);
        using (var first = await session.PostAsync(new GraphQLRequest("{ x }"), log, default))
        {
            messages.AddRange(GraphQLResponseReader<JToken>.Read(first, JTokenRowFactory.Instance)
                .Select(item => item.ToString()!));
        }

        var refused = await Assert.ThrowsAsync<InnerSpaceException>(
            () => session.PostAsync(new GraphQLRequest("{ x }"), log, default));
        messages.Add(refused.ToString());
        messages.Add(session.ToString());
        messages.Add(session.Connection.ToString());
        using var wrong = NewSession(server, "wrong");
        messages.Add((await Assert.ThrowsAsync<InnerSpaceException>(
            () => wrong.ConnectAsync(log, default))).ToString());

        var everything = log.AllText + "\n" + string.Join("\n", messages);
        Assert.Contains("POST /v2/api", log.AllText);
        Assert.DoesNotContain(ScriptedApiServer.ClientSecret, everything);
        Assert.NotEmpty(server.IssuedSessionIds);
        Assert.All(server.IssuedSessionIds, id => Assert.DoesNotContain(id, everything));
    }

    private static Task Refuse(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsync("not entitled");
    }

    private static Task AnswerOneRowWhenValid(HttpContext context, int call, bool isValid)
    {
        if (!isValid)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return ScriptedApiServer.Json(context, OneRow);
    }

    private static InnerSpaceSession NewSession(
        ScriptedApiServer server,
        string secret = ScriptedApiServer.ClientSecret) =>
        new(new InnerSpaceConnectionInfo(server.BaseUri, ScriptedApiServer.ClientId,
            Secrets.ToSecureString(secret)));
}
