using System;
using System.Collections.Generic;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>Which root each row cmdlet reads, for completers that only get a name.</summary>
internal static class RootCommands
{
    private static readonly Dictionary<string, ApiRoot> Roots =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["Get-BuildingInsight"] = ApiRoots.BuildingInsights,
            ["Get-ZoneInsight"] = ApiRoots.ZoneInsights,
            ["Get-ZoneTypeInsight"] = ApiRoots.ZoneTypeInsights,
            ["Get-InnerSpaceBuilding"] = ApiRoots.Buildings,
            ["Get-InnerSpaceGroup"] = ApiRoots.Groups,
        };

    public static ApiRoot? RootOf(string commandName) =>
        Roots.TryGetValue(commandName, out var root) ? root : null;
}
