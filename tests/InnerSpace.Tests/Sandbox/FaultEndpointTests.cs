using System.Net;
using System.Text.Json;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>/sandbox/faults itself: what it accepts, lists, clears and refuses.</summary>
public sealed class FaultEndpointTests : IClassFixture<SandboxFixture>
{
    private readonly SandboxClient _client;

    public FaultEndpointTests(SandboxFixture fixture)
    {
        _client = fixture.Client;
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("""{"count":1}""")]
    [InlineData("""{"kind":"bogus"}""")]
    [InlineData("""{"kind":"status"}""")]
    [InlineData("""{"kind":"status","status":200}""")]
    [InlineData("""{"kind":"status","status":"429"}""")]
    [InlineData("""{"kind":"status","status":429,"retryAfter":"soon"}""")]
    [InlineData("""{"kind":"status","status":429,"retryAfter":-1}""")]
    [InlineData("""{"kind":"delay"}""")]
    [InlineData("""{"kind":"delay","delayMs":-5}""")]
    [InlineData("""{"kind":"reset","retryAfter":"2"}""")]
    [InlineData("""{"kind":"reset","status":500}""")]
    [InlineData("""{"kind":"reset","count":0}""")]
    [InlineData("""{"kind":"reset","path":"/v2/api"}""")]
    [InlineData("""{"kind":"reset","retry_after":"2"}""")]
    [InlineData("""[{"kind":"reset"},{"kind":"nope"}]""")]
    public async Task Post_BadFault_Returns400JsonAndQueuesNothing(string fault)
    {
        using var response = await _client.PostFaultAsync(fault);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var pending = await GetPendingAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_fault", body.RootElement.GetProperty("error").GetString());
        Assert.False(string.IsNullOrEmpty(
            body.RootElement.GetProperty("error_description").GetString()));
        Assert.Equal(0, pending.RootElement.GetProperty("pending").GetArrayLength());
    }

    [Fact]
    public async Task PostGetDelete_QueueAndClear_ListsWhatIsPending()
    {
        using var posted = await _client.PostFaultAsync(
            """{"kind":"status","status":429,"count":3,"retryAfter":"2","path":"token"}""");
        using var listed = await GetPendingAsync();
        using var deleted = await _client.Http.DeleteAsync("sandbox/faults");
        using var afterDelete = await GetPendingAsync();

        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var entry = Assert.Single(listed.RootElement.GetProperty("pending").EnumerateArray());
        Assert.Equal(
            """{"kind":"status","path":"token","count":3,"status":429,"retryAfter":"2"}""",
            entry.GetRawText());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(0, afterDelete.RootElement.GetProperty("pending").GetArrayLength());
    }

    [Fact]
    public async Task Faults_WrongMethod_Returns405WithAllow()
    {
        using var response = await _client.Http.PutAsync("sandbox/faults", null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST, DELETE", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Faults_UnderV2_IsNotServed()
    {
        using var response = await _client.Http.PostAsync("v2/sandbox/faults", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonDocument> GetPendingAsync()
    {
        using var response = await _client.Http.GetAsync("sandbox/faults");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
