using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// Tab completion of -BuildingId from the buildings the current session may read, with
/// each name as the tooltip. Without a session, or when the API does not answer within
/// a moment, it offers nothing rather than an error: completion must never get in the way.
/// </summary>
public sealed class BuildingIdCompleter : IArgumentCompleter
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public IEnumerable<CompletionResult> CompleteArgument(
        string commandName,
        string parameterName,
        string wordToComplete,
        CommandAst commandAst,
        IDictionary fakeBoundParameters)
    {
        var session = SessionRegistry.Current;
        if (session is null || !session.IsConnected)
        {
            return Enumerable.Empty<CompletionResult>();
        }

        try
        {
            return ReadBuildings(session)
                .Where(building => building.BuildingId is not null)
                .Select(building => (Id: building.BuildingId!.Value.ToString(CultureInfo.InvariantCulture),
                    Name: building.BuildingName ?? ""))
                .Where(building => building.Id.StartsWith(wordToComplete, StringComparison.Ordinal)
                    || building.Name.IndexOf(wordToComplete, StringComparison.OrdinalIgnoreCase) >= 0)
                .Select(building => new CompletionResult(building.Id, $"{building.Id} {building.Name}",
                    CompletionResultType.ParameterValue, building.Name.Length == 0 ? building.Id : building.Name))
                .ToList();
        }
        catch (Exception)
        {
            return Enumerable.Empty<CompletionResult>();
        }
    }

    private static IReadOnlyList<Building> ReadBuildings(InnerSpaceSession session)
    {
        using var cancel = new CancellationTokenSource(Patience);
        return session.ReadDirectoryAsync(cancel.Token).GetAwaiter().GetResult();
    }
}
