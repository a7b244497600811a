using System.Collections;
using System.Text;
using InnerSpace.Client;
using Newtonsoft.Json.Linq;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class GraphQLRequestTests
{
    [Fact]
    public void ToJsonBytes_ValueWithQuotesAndBraces_TravelsUnchangedAsVariable()
    {
        const string hostile = "all\"} ) { __typename } #";
        const string query = "query Q($g: String!) { BUILDING_INSIGHTS(where: {GROUP_ID: {_eq: $g}}) " +
            "{ GROUP_ID } }";
        var request = new GraphQLRequest(query,
            new Dictionary<string, object?> { ["g"] = hostile }, "Q");

        var body = JObject.Parse(Encoding.UTF8.GetString(request.ToJsonBytes()));

        Assert.Equal(query, body.Value<string>("query"));
        Assert.Equal(hostile, body["variables"]!.Value<string>("g"));
        Assert.Equal("Q", body.Value<string>("operationName"));
    }

    [Fact]
    public void ToJsonBytes_NestedDictionaryAndArray_WritesJsonObjectAndArray()
    {
        var where = new Hashtable { ["BUILDING_ID"] = new Hashtable { ["_in"] = new[] { 71, 72 } } };
        var request = new GraphQLRequest("query { x }",
            new Dictionary<string, object?> { ["where"] = where, ["limit"] = 5L, ["none"] = null });

        var variables = JObject.Parse(Encoding.UTF8.GetString(request.ToJsonBytes()))["variables"]!;

        Assert.Equal(new[] { 71, 72 }, variables["where"]!["BUILDING_ID"]!["_in"]!.Values<int>());
        Assert.Equal(5, variables.Value<int>("limit"));
        Assert.Equal(JTokenType.Null, variables["none"]!.Type);
    }

    [Fact]
    public void ToJsonBytes_NoOperationName_LeavesMemberOut()
    {
        var body = JObject.Parse(Encoding.UTF8.GetString(new GraphQLRequest("{ x }").ToJsonBytes()));

        Assert.False(body.ContainsKey("operationName"));
        Assert.Empty((JObject)body["variables"]!);
    }

    [Fact]
    public void ToJsonBytes_ValueWithoutJsonForm_ThrowsParameterInvalidNamingIt()
    {
        var request = new GraphQLRequest("{ x }",
            new Dictionary<string, object?> { ["odd"] = new { Inner = 1 } });

        var failure = Assert.Throws<InnerSpaceException>(() => request.ToJsonBytes());

        Assert.Equal(ErrorIds.ParameterInvalid, failure.ErrorId);
        Assert.Contains("'odd'", failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyQuery_Throws(string query)
    {
        Assert.Throws<ArgumentException>(() => new GraphQLRequest(query));
    }
}
