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

        Assert.Equal(25, rows.Count);
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

        Assert.Equal(7, rows.Count);
    }

    [Fact]
    public void GetRows_OrFilter_IsNotPushedDown()
    {
        var constraints = ConstraintsOf(
            "{ _or: [{DATE_PARTITION: {_eq: 20250501}}, {DATE_PARTITION: {_eq: 20250502}}] }");

        Assert.Null(constraints.For("DATE_PARTITION"));
    }

    [Fact]
    public void GetRows_NoFilter_CoversEveryDayOf2025AtBothGranularities()
    {
        var rows = Root().Source.GetRows(RowConstraints.None).ToList();

        Assert.Equal((365 * 24) + 365, rows.Count);
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
