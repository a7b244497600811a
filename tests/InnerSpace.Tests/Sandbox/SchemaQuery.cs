using InnerSpace.Sandbox.Data;
using InnerSpace.Sandbox.GraphQL;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Tests.Sandbox;

/// <summary>
/// Runs a query through the engine without HTTP, for tests that read many rows: each row comes
/// back as its selected cells by response key, with timestamps still as DateTimeOffset.
/// </summary>
internal static class SchemaQuery
{
    public static SandboxSchema Schema(
        int buildings = 5,
        string from = "2025-01-01",
        string to = "2025-12-31",
        TimestampFormat format = TimestampFormat.Utc)
    {
        var catalog = DemoCatalog.Create(buildings, DateOnly.Parse(from), DateOnly.Parse(to));
        return DemoSchema.Create(catalog, 71, format);
    }

    public static List<Dictionary<string, object?>> Run(SandboxSchema schema, string query)
    {
        var plan = new QueryPlanner(schema).Plan(new GraphQLRequest(query, null, null));
        var field = plan.Fields[0];
        return field.Query!.Execute()
            .Select(row => field.Columns.ToDictionary(
                column => column.ResponseKey,
                column => row[column.Column!.Ordinal]))
            .ToList();
    }
}
