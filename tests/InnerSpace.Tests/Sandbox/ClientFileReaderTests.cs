using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Hosting;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>--clients files: what is read, and clear refusals that never show a secret.</summary>
public sealed class ClientFileReaderTests
{
    private const string Secret = "s3cret-Xq7";

    [Fact]
    public void Read_ValidFile_ReturnsEachClientWithItsBuildings()
    {
        using var file = new ClientsFile("""
            [{"clientId": "a", "clientSecret": "s", "buildings": [71, 72, 72]},
             {"clientId": "b", "clientSecret": "t", "buildings": []}]
            """);

        var clients = ClientFileReader.Read(file.Path, "demo-client-id");

        Assert.Equal(["a", "b"], clients.Select(client => client.ClientId));
        Assert.Equal([71L, 72], clients[0].Buildings!);
        Assert.Empty(clients[1].Buildings!);
        Assert.DoesNotContain("\"s\"", clients[0].ToString());
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"clientId": "a"}""", "JSON array")]
    [InlineData("""[42]""", "entry 1: must be a JSON object")]
    [InlineData("""[{"clientSecret": "SECRET", "buildings": []}]""", "entry 1: clientId")]
    [InlineData("""[{"clientId": "a", "buildings": []}]""", "entry 1: clientSecret")]
    [InlineData("""[{"clientId": "a", "clientSecret": "SECRET"}]""", "entry 1: buildings")]
    [InlineData("""[{"clientId": "a", "clientSecret": "SECRET", "buildings": ["71"]}]""",
        "entry 1: buildings")]
    [InlineData("""[{"clientId": "a", "clientSecret": "SECRET", "buildings": [], "x": 1}]""",
        "unknown member 'x'")]
    [InlineData("""[{"clientId": "a", "clientSecret": "SECRET", "buildings": []}, """
        + """{"clientId": "a", "clientSecret": "SECRET", "buildings": []}]""", "entry 2: clientId")]
    [InlineData("""[{"clientId": "demo-client-id", "clientSecret": "SECRET", "buildings": []}]""",
        "already taken")]
    public void Read_BadFile_IsRefusedWithoutEchoingSecrets(string json, string expected)
    {
        using var file = new ClientsFile(json.Replace("SECRET", Secret));

        var failure = Assert.Throws<SandboxOptionsException>(
            () => ClientFileReader.Read(file.Path, "demo-client-id"));

        Assert.StartsWith("--clients: ", failure.Message);
        Assert.Contains(expected, failure.Message);
        Assert.DoesNotContain(Secret, failure.Message);
    }

    [Fact]
    public void Parse_MissingClientsFile_IsAnOptionError()
    {
        var failure = Assert.Throws<SandboxOptionsException>(() => SandboxOptionsParser.Parse(
            ["--clients", "/nonexistent/clients.json"], "http://127.0.0.1:0"));

        Assert.Contains("--clients", failure.Message);
    }
}
