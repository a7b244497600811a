using GraphQLParser.AST;
using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.Schema;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// Turns a request into a plan: parse, pick the operation, bind variables, expand the
/// selection and validate every root field. Throws <see cref="GraphQLErrorException"/>.
/// </summary>
internal sealed class QueryPlanner(SandboxSchema schema)
{
    public QueryPlan Plan(GraphQLRequest request)
    {
        var document = DocumentParser.Parse(request.Query);
        var selected = OperationSelector.Select(document, request.OperationName);
        RejectNonQuery(selected.Operation);

        var variables = new VariableBinder(schema).Bind(selected.Operation, request.Variables);
        var collector =
            new SelectionCollector(schema, selected.Fragments, variables, request.Query);
        var fields = collector.Collect(
            [selected.Operation.SelectionSet], SandboxSchema.QueryTypeName, "$");

        var planner = new RootFieldPlanner(schema, collector);
        return new QueryPlan(fields.Select(planner.Plan).ToList(), schema.TimestampFormat);
    }

    private static void RejectNonQuery(GraphQLOperationDefinition operation)
    {
        // The API is read-only as far as anyone has documented; Hasura words it this way.
        switch (operation.Operation)
        {
            case OperationType.Mutation:
                throw GraphQLErrorException.Validation("$", "no mutations exist");

            case OperationType.Subscription:
                throw GraphQLErrorException.Validation("$",
                    "subscriptions are not supported over HTTP");
        }
    }
}
