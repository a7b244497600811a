using InnerSpace.Client;
using Newtonsoft.Json.Linq;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class ColumnValueConverterTests
{
    private static readonly InsightColumn Start = InsightRoots.BuildingInsights.Columns
        .Single(column => column.ApiName == "DATE_TIME_START");

    private static readonly InsightColumn Partition = InsightRoots.BuildingInsights.Columns
        .Single(column => column.ApiName == "DATE_PARTITION");

    private static readonly InsightColumn Occupancy = InsightRoots.BuildingInsights.Columns
        .Single(column => column.ApiName == "OCCUPANCY_MEAN");

    [Theory]
    [InlineData("2025-05-01T05:00:00.000Z")]
    [InlineData("2025-05-01T05:00:00Z")]
    [InlineData("2025-05-01T00:00:00-05:00")]
    [InlineData("2025-05-01T00:00:00.000-05:00")]
    public void Convert_TimestampForms_GiveTheSameInstant(string text)
    {
        var value = ColumnValueConverter.Convert(new JValue(text), Start);

        var instant = Assert.IsType<DateTimeOffset>(value);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 5, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Convert_PartitionNumber_IsThatDay()
    {
        var value = ColumnValueConverter.Convert(new JValue(20250501), Partition);

        Assert.Equal(new DateTime(2025, 5, 1), value);
    }

    [Fact]
    public void Convert_Null_IsNull()
    {
        Assert.Null(ColumnValueConverter.Convert(JValue.CreateNull(), Occupancy));
    }

    [Fact]
    public void Convert_TextWhereNumberBelongs_ThrowsNamingTheColumn()
    {
        var failure = Assert.Throws<FormatException>(
            () => ColumnValueConverter.Convert(new JValue("lots"), Occupancy));

        Assert.Contains("OCCUPANCY_MEAN", failure.Message);
        Assert.Contains("lots", failure.Message);
    }
}
