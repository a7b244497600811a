using InnerSpace.Client;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class BuildingInsightQueryTests
{
    [Fact]
    public void ToRequest_NoSiteOrGroup_LeavesBothFiltersOut()
    {
        var request = new BuildingInsightQuery { BuildingId = 71, Date = new DateTime(2025, 5, 1) }
            .ToRequest();

        Assert.DoesNotContain("SITE_ID: {", request.Query);
        Assert.DoesNotContain("GROUP_ID: {", request.Query);
        Assert.Equal(new[] { "buildingId", "datePartition", "granularity" },
            request.Variables.Keys.OrderBy(key => key));
        Assert.Equal(20250501, request.Variables["datePartition"]);
        Assert.Equal("PT1H", request.Variables["granularity"]);
    }

    [Fact]
    public void ToRequest_EveryFilter_ValuesTravelOnlyAsVariables()
    {
        const string group = "all-\"quoted\"-{braced}";
        var request = new BuildingInsightQuery
        {
            BuildingId = 71,
            Date = new DateTime(2025, 5, 1),
            Granularity = "P1D",
            SiteId = 900000222,
            GroupId = group,
        }.ToRequest();

        Assert.Equal(900000222L, request.Variables["siteId"]);
        Assert.Equal(group, request.Variables["groupId"]);
        Assert.DoesNotContain("900000222", request.Query);
        Assert.DoesNotContain("quoted", request.Query);
        Assert.DoesNotContain("71", request.Query);
        Assert.Contains("SITE_ID: {_eq: $siteId}", request.Query);
        Assert.Contains("GROUP_ID: {_eq: $groupId}", request.Query);
    }

    [Fact]
    public void ToRequest_NonPositiveBuilding_Throws()
    {
        var query = new BuildingInsightQuery { BuildingId = 0, Date = new DateTime(2025, 5, 1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => query.ToRequest());
    }

    [Theory]
    [InlineData(2025, 5, 1, 20250501)]
    [InlineData(1999, 12, 31, 19991231)]
    public void DatePartitionOf_Day_IsYearMonthDayNumber(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, BuildingInsightQuery.DatePartitionOf(new DateTime(year, month, day)));
    }
}
