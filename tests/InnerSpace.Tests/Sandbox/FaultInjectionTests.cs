using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Each fault kind, as a client sees it over real HTTP.</summary>
public sealed class FaultInjectionTests
{
    private const string DemoDayQuery = """
        { BUILDING_INSIGHTS(where: {BUILDING_ID: {_eq: 71}, DATE_PARTITION: {_eq: 20250501},
            GRANULARITY: {_eq: "PT1H"}}) { BUILDING_ID DATE_TIME_START OCCUPANCY_MEAN } }
        """;

    private static readonly string DemoDayBody = SandboxClient.RequestBody(DemoDayQuery);

    [Fact]
    public async Task Status429_CountThree_FailsThreeRequestsWithRetryAfterThenAnswers()
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """{"kind":"status","status":429,"count":3,"retryAfter":"2"}""");

        var failed = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            failed.Add(await client.PostApiAsync(DemoDayBody, session));
        }

        using var recovered = await client.PostApiAsync(DemoDayBody, session);

        Assert.All(failed, response =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal("2", response.Headers.GetValues("Retry-After").Single());
            using var body = JsonDocument.Parse(response.Content.ReadAsStringAsync().Result);
            Assert.Equal("injected-fault", Json.Error(body).Code);
        });
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(3, await FaultsServedAsync(client));
    }

    [Fact]
    public async Task Status503_HttpDateRetryAfter_IsSentAsWritten()
    {
        await using var client = await SandboxClient.StartAsync();
        const string date = "Wed, 21 Oct 2026 07:28:00 GMT";
        await QueueAsync(client, $$"""{"kind":"status","status":503,"retryAfter":"{{date}}"}""");

        using var response = await client.PostApiAsync(DemoDayBody, await client.ExchangeAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(date, response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task Reset_NextRequest_GetsNoResponseAndTheOneAfterWorks()
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """{"kind":"reset"}""");

        var failure = await Record.ExceptionAsync(() => client.PostApiAsync(DemoDayBody, session));
        using var next = await client.PostApiAsync(DemoDayBody, session);

        Assert.IsType<HttpRequestException>(failure);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData(DemoDayQuery)]
    [InlineData("{ BUILDING_INSIGHTS(where: {GRANULARITY: {_eq: \"PT1H\"}}) { BUILDING_ID } }")]
    public async Task Truncate_SmallOrLargeAnswer_Sends200JsonCutInsideTheRows(string query)
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """{"kind":"truncate"}""");

        using var response = await client.PostApiAsync(SandboxClient.RequestBody(query), session,
            HttpCompletionOption.ResponseHeadersRead);
        var (received, failure) = await ReadUntilFailureAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.IsAssignableFrom<IOException>(failure);
        Assert.StartsWith("""{"data":{"BUILDING_INSIGHTS":[{"BUILDING_ID":71""", received);
        Assert.DoesNotContain("]}}", received);
    }

    [Theory]
    [InlineData("""{"kind":"html"}""", 502, "502 Bad Gateway")]
    [InlineData("""{"kind":"html","status":503,"retryAfter":5}""", 503, "503 Service Unavailable")]
    public async Task Html_GatewayPage_IsServedAsTextHtml(string fault, int status, string title)
    {
        await using var client = await SandboxClient.StartAsync();
        await QueueAsync(client, fault);

        using var response = await client.PostApiAsync(DemoDayBody, await client.ExchangeAsync());
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<title>{title}</title>", text);
    }

    [Fact]
    public async Task InvalidJson_NextRequest_Gets200JsonThatDoesNotParse()
    {
        await using var client = await SandboxClient.StartAsync();
        await QueueAsync(client, """{"kind":"invalid-json"}""");

        using var response = await client.PostApiAsync(DemoDayBody, await client.ExchangeAsync());
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));
    }

    [Fact]
    public async Task Delay_NextRequest_WaitsThenAnswersNormally()
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """{"kind":"delay","delayMs":300}""");

        var watch = Stopwatch.StartNew();
        using var response = await client.PostApiAsync(DemoDayBody, session);
        watch.Stop();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(watch.ElapsedMilliseconds >= 290, $"{watch.ElapsedMilliseconds} ms");
        Assert.Equal(24, Json.Rows(answer).Count);
    }

    [Fact]
    public async Task TokenPath_Status503_HitsTheExchangeAndSparesTheApi()
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """{"kind":"status","status":503,"path":"token"}""");

        using var api = await client.PostApiAsync(DemoDayBody, session);
        using var token = await client.PostTokenAsync(client.TokenBody());
        using var error = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        var retried = await client.ExchangeAsync();

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
        Assert.Equal("temporarily_unavailable", error.RootElement.GetProperty("error").GetString());
        Assert.NotEmpty(retried);
    }

    [Fact]
    public async Task SeveralEntries_ServeInTheOrderPosted()
    {
        await using var client = await SandboxClient.StartAsync();
        var session = await client.ExchangeAsync();
        await QueueAsync(client, """[{"kind":"html","count":2},{"kind":"status","status":500}]""");
        await QueueAsync(client, """{"kind":"status","status":429}""");

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostApiAsync(DemoDayBody, session);
            statuses.Add((int)response.StatusCode);
        }

        Assert.Equal([502, 502, 500, 429, 200], statuses);
    }

    [Fact]
    public async Task Latency_Option_DelaysEveryApiAnswer()
    {
        await using var client = await SandboxClient.StartAsync("--latency-ms", "250");

        var watch = Stopwatch.StartNew();
        var session = await client.ExchangeAsync();
        var afterToken = watch.ElapsedMilliseconds;
        using var response = await client.PostApiAsync(DemoDayBody, session);
        var afterQuery = watch.ElapsedMilliseconds;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(afterToken >= 240, $"token after {afterToken} ms");
        Assert.True(afterQuery - afterToken >= 240, $"query after {afterQuery - afterToken} ms");
    }

    private static async Task QueueAsync(SandboxClient client, string fault)
    {
        using var response = await client.PostFaultAsync(fault);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task<long> FaultsServedAsync(SandboxClient client)
    {
        using var stats = await client.GetStatsAsync();
        return stats.RootElement.GetProperty("faultsServed").GetInt64();
    }

    private static async Task<(string Received, Exception? Failure)> ReadUntilFailureAsync(
        HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var received = new MemoryStream();
        var failure = await Record.ExceptionAsync(async () =>
        {
            var buffer = new byte[4096];
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        });
        return (Encoding.UTF8.GetString(received.ToArray()), failure);
    }
}
