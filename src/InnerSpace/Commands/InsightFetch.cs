using System.Collections.Generic;
using System.Threading;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>One insight request, read as a stream of output objects and GraphQL errors.</summary>
internal static class InsightFetch
{
    // A body that breaks off is asked for again this many times in all. The rows come in
    // a fixed order, so the rows already written are skipped in the new answer: a nightly
    // export gets every row once instead of a file with a hole in it.
    private const int AttemptsForCutAnswers = 3;

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
        var written = 0;

        for (var attempt = 1; ; attempt++)
        {
            var response = session.PostAsync(request, log, cancel).GetAwaiter().GetResult();
            InnerSpaceException? cut = null;
            var seen = 0;

            using (response)
            using (cancel.Register(response.Dispose))
            using (var items = GraphQLResponseReader<object>.Read(response, rows).GetEnumerator())
            {
                while (true)
                {
                    try
                    {
                        if (!items.MoveNext())
                        {
                            break;
                        }
                    }
                    catch (InnerSpaceException broken) when (
                        broken.ErrorId == ErrorIds.ApiResponseIncomplete
                        && attempt < AttemptsForCutAnswers && !cancel.IsCancellationRequested)
                    {
                        cut = broken;
                        break;
                    }

                    var item = items.Current;
                    if (item.Error is not null)
                    {
                        yield return item.Error;
                    }
                    else if (++seen > written)
                    {
                        written++;
                        yield return item.Value!;
                    }
                }
            }

            if (cut is null)
            {
                break;
            }

            log.Warning("An answer broke off and was asked for again; rows already written are " +
                "not written twice.");
            if (log.IsVerboseEnabled)
            {
                log.Verbose($"{cut.Message} Asking again (attempt {attempt + 1}).");
            }
        }

        if (log.IsVerboseEnabled)
        {
            log.Verbose($"Read {written} rows.");
        }
    }
}
