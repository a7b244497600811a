using InnerSpace.Client;
using Xunit;

namespace InnerSpace.Tests.Client;

public sealed class DateSpanTests
{
    [Fact]
    public void Split_QuarterOfAYear_GivesConsecutiveChunksCoveringEveryDayOnce()
    {
        var quarter = new DateSpan(new DateTime(2025, 1, 1), new DateTime(2025, 3, 31));

        var chunks = quarter.Split(31).ToList();

        Assert.Equal(3, chunks.Count);
        Assert.Equal(new DateTime(2025, 1, 1), chunks[0].First);
        Assert.Equal(new DateTime(2025, 1, 31), chunks[0].Last);
        Assert.Equal(new DateTime(2025, 3, 3), chunks[1].Last);
        Assert.Equal(new DateTime(2025, 3, 4), chunks[2].First);
        Assert.Equal(new DateTime(2025, 3, 31), chunks[2].Last);
        Assert.Equal(quarter.Days, chunks.Sum(chunk => chunk.Days));
    }

    [Fact]
    public void Split_RangeEndingInTheLastYear_DoesNotOverflow()
    {
        var end = new DateSpan(new DateTime(9999, 12, 1), new DateTime(9999, 12, 31));

        var chunks = end.Split(124).ToList();

        Assert.Equal(new DateTime(9999, 12, 31), Assert.Single(chunks).Last);
    }

    [Fact]
    public void Constructor_EndBeforeStart_ThrowsNamingBoth()
    {
        var failure = Assert.Throws<ArgumentException>(
            () => new DateSpan(new DateTime(2025, 5, 2), new DateTime(2025, 5, 1)));

        Assert.Contains("2025-05-01", failure.Message);
        Assert.Contains("2025-05-02", failure.Message);
    }

    [Fact]
    public void Constructor_TimesOfDay_AreDropped()
    {
        var day = new DateSpan(new DateTime(2025, 5, 1, 23, 59, 0), new DateTime(2025, 5, 1, 0, 1, 0));

        Assert.Equal(1, day.Days);
    }
}
