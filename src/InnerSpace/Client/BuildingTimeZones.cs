using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace InnerSpace.Client;

/// <summary>
/// The time zone of each building, read once per session from the directory root, for
/// timestamps the API sends without an offset. Safe to share between threads; the first
/// caller reads the directory and the others wait for it.
/// </summary>
internal sealed class BuildingTimeZones
{
    private readonly Func<CancellationToken, Task<IReadOnlyList<Building>>> _readDirectory;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConcurrentDictionary<int, TimeZoneInfo?>? _zones;

    public BuildingTimeZones(Func<CancellationToken, Task<IReadOnlyList<Building>>> readDirectory)
    {
        _readDirectory = readDirectory;
    }

    /// <summary>
    /// The building's zone; null when the directory cannot be read, does not list the
    /// building, or names a zone this system does not know (Windows PowerShell 5.1 knows
    /// no IANA names).
    /// </summary>
    public TimeZoneInfo? Find(int buildingId, CancellationToken cancel)
    {
        var zones = _zones ?? Load(cancel);
        return zones.TryGetValue(buildingId, out var zone) ? zone : null;
    }

    private ConcurrentDictionary<int, TimeZoneInfo?> Load(CancellationToken cancel)
    {
        _gate.Wait(cancel);
        try
        {
            if (_zones is not null)
            {
                return _zones;
            }

            var zones = new ConcurrentDictionary<int, TimeZoneInfo?>();
            try
            {
                foreach (var building in _readDirectory(cancel).GetAwaiter().GetResult()
                    .Where(building => building.BuildingId is not null))
                {
                    zones[building.BuildingId!.Value] = ZoneNamed(building.TimeZone);
                }
            }
            catch (InnerSpaceException)
            {
                // No directory (the real API may lack the inferred BUILDINGS root): every
                // lookup answers null and the caller says what it did instead.
            }

            _zones = zones;
            return zones;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static TimeZoneInfo? ZoneNamed(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (Exception unknown) when (unknown is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
