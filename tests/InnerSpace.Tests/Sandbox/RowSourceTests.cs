using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.Filtering;
using InnerSpace.Sandbox.GraphQL;
using InnerSpace.Sandbox.Schema;
using Xunit;

namespace InnerSpace.Tests.Sandbox;

/// <summary>The engine without HTTP: push-down, determinism and the generic declarations.</summary>
public sealed class RowSourceTests
{
    private static readonly SandboxSchema Schema = DemoSchema.Create(71);

    [Fact]
    public void GetRows_OneDayFilter_GeneratesOnlyThatDay()
    {
        var constraints = ConstraintsOf("{ DATE_PARTITION: {_eq: 20250501} }");

        var rows = Root().Source.GetRows(constraints).ToList();

        // Per building: 96 quarter hours, 24 hours, the day, and the month it starts.
        Assert.Equal(5 * (96 + 24 + 1 + 1), rows.Count);
    }

    [Fact]
    public void GetRows_RangeAndGranularity_NarrowTheGeneration()
    {
        var constraints = ConstraintsOf(
            """
            { _and: [{DATE_PARTITION: {_gte: 20250301, _lt: 20250308}},
                     {GRANULARITY: {_in: ["P1D"]}}] }
            """);

        var rows = Root().Source.GetRows(constraints).ToList();

        Assert.Equal(5 * 7, rows.Count);
    }

    [Fact]
    public void GetRows_OrFilter_IsNotPushedDown()
    {
        var constraints = ConstraintsOf(
            "{ _or: [{DATE_PARTITION: {_eq: 20250501}}, {DATE_PARTITION: {_eq: 20250502}}] }");

        Assert.Null(constraints.For("DATE_PARTITION"));
    }

    [Fact]
    public void GetRows_NoFilterOneBuilding_CoversEveryBucketOf2025()
    {
        var catalog = DemoCatalog.Create(1, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));
        var schema = DemoSchema.Create(catalog, 71, TimestampFormat.Utc);

        var rows = schema.FindRoot("BUILDING_INSIGHTS")!.Source.GetRows(RowConstraints.None);

        // The 23- and 25-hour days cancel out. Weeks run from Monday 6 January to Monday
        // 22 December: the weeks cut by New Year are not served.
        Assert.Equal((365 * 96) + (365 * 24) + 365 + 51 + 12, rows.Count());
    }

    [Fact]
    public void Hours_SameSeed_GiveTheSameValues()
    {
        var building = DemoCatalog.CreateDefault().Buildings[0];
        var day = new DateOnly(2025, 5, 1);

        var first = new OccupancyModel(71).Hours(building, day);
        var again = new OccupancyModel(71).Hours(building, day);
        var other = new OccupancyModel(72).Hours(building, day);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.All(first, hour => Assert.Equal(Math.Round(hour.Mean, 2), hour.Mean));
    }

    [Fact]
    public void Schema_BuildingInsights_DeclaresTheSevenDocumentedColumns()
    {
        var names = Root().Columns.Select(column => column.Name);

        Assert.Equal(
        [
            "BUILDING_ID", "SITE_ID", "GROUP_ID", "GRANULARITY", "DATE_TIME_START",
            "DATE_PARTITION", "OCCUPANCY_MEAN",
        ], names);
        Assert.True(Schema.IsInputType("BUILDING_INSIGHTS_bool_exp"));
        Assert.True(Schema.IsInputType("Float_comparison_exp"));
    }

    private static RootDefinition Root()
    {
        return Schema.FindRoot("BUILDING_INSIGHTS")!;
    }

    private static RowConstraints ConstraintsOf(string where)
    {
        var plan = new QueryPlanner(Schema).Plan(new GraphQLRequest(
            $"{{ BUILDING_INSIGHTS(where: {where}) {{ BUILDING_ID }} }}", null, null));
        return ConstraintExtractor.Extract(plan.Fields[0].Query!.Filter);
    }
}
