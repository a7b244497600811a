using InnerSpace.Sandbox.Data;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>The built-in zone rules give the same offsets as the machine's database.</summary>
public sealed class SandboxTimeZonesTests
{
    [Theory]
    [InlineData("America/Chicago")]
    [InlineData("America/New_York")]
    [InlineData("Europe/London")]
    [InlineData("Europe/Berlin")]
    [InlineData("Asia/Singapore")]
    [InlineData("Australia/Sydney")]
    public void Fallback_EachPortfolioZone_MatchesTheSystemDatabaseFor2024To2026(string id)
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById(id);
        var fallback = SandboxTimeZones.Fallback(id);

        var differing = new List<DateTime>();
        var end = new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var at = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc); at < end;
            at = at.AddMinutes(30))
        {
            if (system.GetUtcOffset(at) != fallback.GetUtcOffset(at))
            {
                differing.Add(at);
            }
        }

        Assert.Empty(differing);
    }
}
