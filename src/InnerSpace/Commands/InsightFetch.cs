using System.Collections.Generic;
using System.Threading;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>One insight request, read as a stream of output objects and GraphQL errors.</summary>
internal static class InsightFetch
{
    /// <summary>
    /// Posts the request and yields each row as an output object as soon as it is read,
    /// and each GraphQL error as a <see cref="GraphQLError"/>. Cancelling closes the
    /// connection, which ends a read that is waiting on the socket.
    /// </summary>
    public static IEnumerable<object> Rows(
        InnerSpaceSession session,
        GraphQLRequest request,
        InsightRowFactory rows,
        IInnerSpaceLog log,
        CancellationToken cancel)
    {
        var response = session.PostAsync(request, log, cancel).GetAwaiter().GetResult();
        var count = 0;

        using (response)
        using (cancel.Register(response.Dispose))
        {
            foreach (var item in GraphQLResponseReader<object>.Read(response, rows))
            {
                if (item.Error is not null)
                {
                    yield return item.Error;
                    continue;
                }

                yield return item.Value!;
                count++;
            }
        }

        if (log.IsVerboseEnabled)
        {
            log.Verbose($"Read {count} rows.");
        }
    }
}
