using InnerSpace.Client;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class InsightQueryTests
{
    private static readonly ApiRoot Buildings = ApiRoots.BuildingInsights;

    [Fact]
    public void ToRequest_OneDay_FiltersOnThatPartitionOnly()
    {
        var filters = new List<ColumnFilter> { new("BUILDING_ID", "_eq", 71, "Int!") };
        filters.AddRange(InsightQuery.DayFilters(new DateSpan(new DateTime(2025, 5, 1),
            new DateTime(2025, 5, 1))));

        var request = new InsightQuery(Buildings, Buildings.Selection(null), filters).ToRequest();

        Assert.Contains("DATE_PARTITION: {_eq: $v1}", request.Query);
        Assert.Equal(20250501, request.Variables["v1"]);
        Assert.DoesNotContain("limit", request.Query);
        Assert.DoesNotContain("SITE_ID: {", request.Query);
    }

    [Fact]
    public void ToRequest_Range_GroupsBothBoundsUnderTheColumn()
    {
        var filters = InsightQuery.DayFilters(new DateSpan(new DateTime(2025, 1, 1),
            new DateTime(2025, 3, 31))).ToList();

        var request = new InsightQuery(Buildings, new[] { "OCCUPANCY_MEAN" }, filters).ToRequest();

        Assert.Contains("DATE_PARTITION: {_gte: $v0, _lte: $v1}", request.Query);
        Assert.Equal(20250101, request.Variables["v0"]);
        Assert.Equal(20250331, request.Variables["v1"]);
        Assert.Contains("    OCCUPANCY_MEAN\n", request.Query);
        Assert.DoesNotContain("BUILDING_ID\n", request.Query);
    }

    [Fact]
    public void ToRequest_HostileValuesAndPaging_TravelOnlyAsVariables()
    {
        const string group = "all-\"quoted\"-{braced}";
        var filters = new List<ColumnFilter>
        {
            new("SITE_ID", "_eq", 900000222L, "Int!"),
            new("GROUP_ID", "_eq", group, "String!"),
        };
        var query = new InsightQuery(Buildings, Buildings.Selection(null), filters)
        {
            Limit = 5,
            Offset = 10,
        };

        var request = query.ToRequest();

        Assert.Equal(900000222L, request.Variables["v0"]);
        Assert.Equal(group, request.Variables["v1"]);
        Assert.Equal(5L, request.Variables["limit"]);
        Assert.Equal(10L, request.Variables["offset"]);
        Assert.DoesNotContain("900000222", request.Query);
        Assert.DoesNotContain("quoted", request.Query);
        Assert.Contains("limit: $limit", request.Query);
    }

    [Theory]
    [InlineData(2025, 5, 1, 20250501)]
    [InlineData(1999, 12, 31, 19991231)]
    public void PartitionOf_Day_IsYearMonthDayNumber(int year, int month, int day, int expected)
    {
        Assert.Equal(expected, InsightQuery.PartitionOf(new DateTime(year, month, day)));
    }
}
