using Newtonsoft.Json.Linq;
using InnerSpace.Client;
using InnerSpace.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace InnerSpace.Tests.Client;

/// <summary>How the streaming reader handles good and broken bodies sent over loopback.</summary>
public sealed class GraphQLResponseReaderTests
{
    [Fact]
    public async Task Read_DataAndErrors_YieldsRowsInOrderThenEachError()
    {
        var items = await ReadAsync("application/json",
            "{\"data\":{\"A\":[{\"n\":1},{\"n\":2}],\"B\":{\"n\":3},\"C\":null}," +
            "\"errors\":[{\"message\":\"partial\",\"extensions\":{\"code\":\"x-code\"," +
            "\"path\":\"$.selectionSet.C\"}}]}");

        Assert.Equal(new[] { "A", "A", "B" },
            items.Where(item => !item.IsError).Select(item => item.RootField));
        Assert.Equal(new[] { 1, 2, 3 },
            items.Where(item => !item.IsError).Select(item => item.Value!.Value<int>("n")));
        var error = items.Single(item => item.IsError).Error!;
        Assert.Equal("partial", error.Message);
        Assert.Equal("x-code", error.Code);
        Assert.Equal("$.selectionSet.C", error.Path);
    }

    [Fact]
    public async Task Read_BodyCutShort_ThrowsResponseInvalidCountingRowsAlreadyRead()
    {
        var failure = await Assert.ThrowsAsync<InnerSpaceException>(() => ReadAsync(
            "application/json", "{\"data\":{\"A\":[{\"n\":1},{\"n\":2},{\"n\""));

        Assert.Equal(ErrorIds.ApiResponseInvalid, failure.ErrorId);
        Assert.Contains("after 2 rows", failure.Message);
    }

    [Fact]
    public async Task Read_HtmlPage_ThrowsResponseInvalidQuotingContentTypeAndStart()
    {
        var failure = await Assert.ThrowsAsync<InnerSpaceException>(() => ReadAsync(
            "text/html", "<html><body>Gateway maintenance</body></html>"));

        Assert.Equal(ErrorIds.ApiResponseInvalid, failure.ErrorId);
        Assert.Contains("text/html", failure.Message);
        Assert.Contains("Gateway maintenance", failure.Message);
    }

    [Theory]
    [InlineData("{\"data\":{A:[{\"n\":1}]}}")]
    [InlineData("{'data':{\"A\":[{\"n\":1}]}}")]
    public async Task Read_MemberNamesNotInDoubleQuotes_ThrowsResponseInvalid(string body)
    {
        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => ReadAsync("application/json", body));

        Assert.Equal(ErrorIds.ApiResponseInvalid, failure.ErrorId);
        Assert.Contains("not in double quotes", failure.Message);
    }

    [Fact]
    public async Task Read_JsonThatIsNotAnObject_ThrowsResponseInvalid()
    {
        var failure = await Assert.ThrowsAsync<InnerSpaceException>(
            () => ReadAsync("application/json", "[1,2,3]"));

        Assert.Equal(ErrorIds.ApiResponseInvalid, failure.ErrorId);
        Assert.Contains("does not start with a JSON object", failure.Message);
    }

    private static async Task<List<GraphQLResponseItem<JToken>>> ReadAsync(string contentType, string body)
    {
        await using var server = await ScriptedApiServer.StartAsync((context, _, _) =>
        {
            context.Response.ContentType = contentType;
            return context.Response.WriteAsync(body);
        });
        using var session = new InnerSpaceSession(new InnerSpaceConnectionInfo(server.BaseUri,
            ScriptedApiServer.ClientId, Secrets.ToSecureString(ScriptedApiServer.ClientSecret)));

        using var response = await session.PostAsync(new GraphQLRequest("{ x }"),
            SilentLog.Instance, CancellationToken.None);
        return GraphQLResponseReader<JToken>.Read(response, JTokenRowFactory.Instance).ToList();
    }
}
