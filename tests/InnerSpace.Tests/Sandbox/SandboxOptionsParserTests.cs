using InnerSpace.Sandbox.Hosting;
using InnerSpace.Sandbox.Schema;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>Command-line options: defaults, loopback-only addresses, clear refusals.</summary>
public sealed class SandboxOptionsParserTests
{
    private const string Defaults = "http://127.0.0.1:5080";

    [Fact]
    public void Parse_NoArguments_UsesTheDocumentedDefaults()
    {
        var options = SandboxOptionsParser.Parse([], Defaults);

        Assert.Equal(["http://127.0.0.1:5080"], options.Urls);
        Assert.Equal("demo-client-id", options.ClientId);
        Assert.Equal("demo-client-secret", options.ClientSecret);
        Assert.Equal(TimeSpan.FromHours(1), options.SessionLifetime);
        Assert.Equal(71, options.Seed);
        Assert.Equal(TimeSpan.Zero, options.Latency);
        Assert.Equal(5, options.BuildingCount);
        Assert.Equal(new DateOnly(2025, 1, 1), options.FirstDay);
        Assert.Equal(new DateOnly(2025, 12, 31), options.LastDay);
        Assert.Equal(TimestampFormat.Utc, options.TimestampFormat);
        Assert.False(options.ShowHelp);
    }

    [Fact]
    public void Parse_DataAndTimingOptions_AreRead()
    {
        var options = SandboxOptionsParser.Parse(
        [
            "--buildings", "100", "--from", "2024-02-29", "--to=2025-03-01",
            "--timestamp-format", "offset", "--latency-ms", "25",
        ], Defaults);

        Assert.Equal(100, options.BuildingCount);
        Assert.Equal(new DateOnly(2024, 2, 29), options.FirstDay);
        Assert.Equal(new DateOnly(2025, 3, 1), options.LastDay);
        Assert.Equal(TimestampFormat.Offset, options.TimestampFormat);
        Assert.Equal(TimeSpan.FromMilliseconds(25), options.Latency);
    }

    [Fact]
    public void Parse_EveryOption_IsRead()
    {
        var options = SandboxOptionsParser.Parse(
        [
            "--urls", "http://localhost:6000;http://[::1]:0", "--client-id", "id",
            "--client-secret=s3cret", "--session-ttl", "1", "--seed", "-4",
        ], Defaults);

        Assert.Equal(["http://localhost:6000", "http://[::1]:0"], options.Urls);
        Assert.Equal("id", options.ClientId);
        Assert.Equal("s3cret", options.ClientSecret);
        Assert.Equal(TimeSpan.FromSeconds(1), options.SessionLifetime);
        Assert.Equal(-4, options.Seed);
        Assert.DoesNotContain("s3cret", options.ToString());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.5:5080")]
    [InlineData("http://example.com:5080")]
    [InlineData("http://127.0.0.1:5080;http://0.0.0.0:5081")]
    [InlineData("https://127.0.0.1:5443")]
    [InlineData("http://localhost:0")]
    [InlineData("http://127.0.0.1:5080/base")]
    [InlineData(";")]
    public void Parse_NonLoopbackOrOddUrl_IsRefused(string urls)
    {
        var failure = Assert.Throws<SandboxOptionsException>(
            () => SandboxOptionsParser.Parse(["--urls", urls], Defaults));

        Assert.Contains("--urls", failure.Message);
    }

    [Theory]
    [InlineData(new[] { "--port", "1" }, "unknown option --port")]
    [InlineData(new[] { "--seed" }, "--seed needs a value")]
    [InlineData(new[] { "--seed", "--urls", "http://127.0.0.1:1" }, "--seed needs a value")]
    [InlineData(new[] { "--seed", "x" }, "--seed must be a whole number")]
    [InlineData(new[] { "--session-ttl", "0" }, "--session-ttl must be a whole number")]
    [InlineData(new[] { "--seed", "1", "--seed", "2" }, "--seed is given more than once")]
    [InlineData(new[] { "--client-id", " " }, "--client-id must not be empty")]
    [InlineData(new[] { "seed" }, "unexpected argument")]
    [InlineData(new[] { "--buildings", "0" }, "--buildings must be a whole number from 1")]
    [InlineData(new[] { "--buildings", "1001" }, "--buildings must be a whole number")]
    [InlineData(new[] { "--from", "2025-13-01" }, "--from must be a date")]
    [InlineData(new[] { "--to", "1/5/2025" }, "--to must be a date")]
    [InlineData(new[] { "--from", "2025-06-01", "--to", "2025-05-31" }, "--from must not be after")]
    [InlineData(new[] { "--from", "2020-01-01", "--to", "2030-12-31" }, "under 3660 days")]
    [InlineData(new[] { "--timestamp-format", "iso" }, "one of: utc, offset, local")]
    [InlineData(new[] { "--latency-ms", "-1" }, "--latency-ms must be a whole number")]
    public void Parse_BadOption_IsRefusedWithAClearMessage(string[] args, string expected)
    {
        var failure = Assert.Throws<SandboxOptionsException>(
            () => SandboxOptionsParser.Parse(args, Defaults));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void Parse_BadSecretValue_IsNeverEchoed()
    {
        var failure = Assert.Throws<SandboxOptionsException>(
            () => SandboxOptionsParser.Parse(["--client-secret", "hunter2", "--bogus"], Defaults));

        Assert.DoesNotContain("hunter2", failure.Message);
    }
}
