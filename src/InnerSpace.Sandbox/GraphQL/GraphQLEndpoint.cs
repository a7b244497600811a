using InnerSpace.Sandbox.Auth;
using InnerSpace.Sandbox.Diagnostics;
using InnerSpace.Sandbox.Execution;
using InnerSpace.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace InnerSpace.Sandbox.GraphQL;

/// <summary>
/// <c>POST /v2/api</c>: checks the session, plans the query, then streams the answer. GraphQL
/// errors answer 200 with the errors envelope (Hasura's habit); a missing, unknown or expired
/// session answers 401; a body that is not a GraphQL request answers 400.
/// </summary>
internal sealed class GraphQLEndpoint(
    SessionStore sessions,
    QueryPlanner planner,
    SandboxStats stats)
{
    public const string Path = "/v2/api";

    public const string SessionHeader = "X-Session-Id";

    private const int MaxBodyBytes = 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var presented = context.Request.Headers[SessionHeader];
        var session = presented.Count > 1
            ? new SessionLookup(SessionState.Unknown, null)
            : sessions.Check(presented.ToString());
        var state = session.State;
        if (state != SessionState.Valid)
        {
            // The 401 body shape is undocumented; the sandbox uses the GraphQL errors envelope
            // without a path (CHOICES.md). The message never repeats the presented id.
            stats.RecordUnauthorized();
            var error = new GraphQLError(Describe(state), null, ErrorCodes.InvalidSession);
            await ErrorEnvelopeWriter.WriteAsync(
                context.Response, StatusCodes.Status401Unauthorized, error, cancellationToken);
            return;
        }

        // The Content-Type is not checked: how the real API treats it is undocumented, and
        // every known client sends application/json anyway (CHOICES.md).
        stats.RecordQuery();
        QueryPlan plan;
        try
        {
            plan = await PlanAsync(context.Request, cancellationToken);
        }
        catch (GraphQLErrorException exception)
        {
            await ErrorEnvelopeWriter.WriteAsync(
                context.Response, exception.StatusCode, exception.Error, cancellationToken);
            return;
        }

        // A client limited by --clients sees only its buildings' rows, in every root.
        await QueryResponseWriter.WriteAsync(
            context.Response, plan, session.Buildings, stats, cancellationToken);
    }

    private async Task<QueryPlan> PlanAsync(
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var body = await RequestBodyReader.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            var error = new GraphQLError(
                "the request body is larger than 1 MiB", "$", ErrorCodes.BadRequest);
            throw new GraphQLErrorException(error, StatusCodes.Status413PayloadTooLarge);
        }

        return planner.Plan(GraphQLRequestReader.Read(body));
    }

    private static string Describe(SessionState state)
    {
        return state switch
        {
            SessionState.Missing =>
                $"the {SessionHeader} header is missing; exchange client credentials first",
            SessionState.Expired => "the session has expired; exchange client credentials again",
            _ => "the session is not known; exchange client credentials again",
        };
    }
}
