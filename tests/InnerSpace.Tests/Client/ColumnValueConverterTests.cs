using InnerSpace.Client;
using Newtonsoft.Json;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class ColumnValueConverterTests
{
    private static readonly ApiRoot Buildings = ApiRoots.BuildingInsights;

    [Theory]
    [InlineData("2025-05-01T05:00:00.000Z")]
    [InlineData("2025-05-01T05:00:00Z")]
    [InlineData("2025-05-01T00:00:00-05:00")]
    [InlineData("2025-05-01T00:00:00.000-05:00")]
    [InlineData("2025-05-01T10:30:00.0000000+05:30")]
    [InlineData("2025-05-01 05:00:00Z")]
    public void Read_TimestampForms_GiveTheSameInstant(string text)
    {
        var value = Read($"\"{text}\"", "DATE_TIME_START");

        var instant = Assert.IsType<DateTimeOffset>(value);
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 5, 0, 0, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData("2025-05-01T00:00:00.000")]
    [InlineData("2025-05-01T00:00:00")]
    public void Read_TimestampWithoutOffset_IsTheBuildingsWallClockTime(string text)
    {
        var value = Read($"\"{text}\"", "DATE_TIME_START");

        var local = Assert.IsType<WallClockTime>(value);
        Assert.Equal(new DateTime(2025, 5, 1), local.Value);
        var chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");
        Assert.Equal(new DateTimeOffset(2025, 5, 1, 5, 0, 0, TimeSpan.Zero), local.In(chicago));
    }

    [Fact]
    public void Read_TimestampWithFraction_KeepsTheFraction()
    {
        var value = (DateTimeOffset)Read("\"2025-05-01T05:00:00.125Z\"", "DATE_TIME_START")!;

        Assert.Equal(125, value.Millisecond);
    }

    [Theory]
    [InlineData("20250501")]
    [InlineData("\"2025-05-01\"")]
    [InlineData("\"20250501\"")]
    public void Read_Partition_IsThatDay(string json)
    {
        Assert.Equal(new DateTime(2025, 5, 1), Read(json, "DATE_PARTITION"));
    }

    [Theory]
    [InlineData("BUILDING_ID", "71", typeof(int))]
    [InlineData("SITE_ID", "900000222", typeof(long))]
    [InlineData("OCCUPANCY_MEAN", "12.5", typeof(double))]
    [InlineData("OCCUPANCY_MEAN", "12", typeof(double))]
    [InlineData("GROUP_ID", "\"all-x\"", typeof(string))]
    public void Read_EachKind_HasItsType(string column, string json, Type expected)
    {
        Assert.IsType(expected, Read(json, column));
    }

    [Fact]
    public void Read_Null_IsNull()
    {
        Assert.Null(Read("null", "OCCUPANCY_MEAN"));
    }

    [Theory]
    [InlineData("OCCUPANCY_MEAN", "\"lots\"", "lots")]
    [InlineData("BUILDING_ID", "5000000000", "5000000000")]
    [InlineData("DATE_PARTITION", "20251341", "20251341")]
    [InlineData("DATE_TIME_START", "\"yesterday\"", "yesterday")]
    public void Read_ValueThatDoesNotFit_ThrowsNamingColumnAndValue(string column, string json, string shown)
    {
        var failure = Assert.Throws<FormatException>(() => Read(json, column));

        Assert.Contains(column, failure.Message);
        Assert.Contains(shown, failure.Message);
    }

    private static object? Read(string json, string column)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        reader.Read();
        return ColumnValueConverter.Read(reader, Buildings.Find(column)!);
    }
}
