using System;
using System.Collections.Generic;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>Which root each insight cmdlet reads, for completers that only get a name.</summary>
internal static class InsightCommands
{
    private static readonly Dictionary<string, InsightRoot> Roots =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Get-BuildingInsight"] = InsightRoots.BuildingInsights,
        };

    public static InsightRoot? RootOf(string commandName) =>
        Roots.TryGetValue(commandName, out var root) ? root : null;
}
