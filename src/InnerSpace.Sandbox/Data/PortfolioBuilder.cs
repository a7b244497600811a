using System.Security.Cryptography;
using System.Text;

namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Lays out the buildings of <c>--buildings N</c>. Building 71 comes first and is always the
/// documented demo building; the others take the ids 72, 73, ... and are dealt over the
/// cities in turn, three buildings to a site. Nothing here depends on the seed, so ids,
/// names and capacities stay put while the data varies.
/// </summary>
internal static class PortfolioBuilder
{
    public const long DemoBuildingId = 71;

    public const long DemoSiteId = 900000222;

    public const string DemoGroupId = "all-e707b3a8-0732-49ae-9156-13ff1138540e";

    private const int BuildingsPerSite = 3;

    private static readonly int[] Capacities = [150, 220, 300, 480, 650, 800, 260, 540];

    public static List<DemoBuilding> Create(int count)
    {
        return Enumerable.Range(0, count).Select(Build).ToList();
    }

    private static DemoBuilding Build(int index)
    {
        var cities = CityProfile.All;
        var city = cities[index % cities.Count];
        var inCity = index / cities.Count;
        var siteInCity = inCity / BuildingsPerSite;
        var buildingId = DemoBuildingId + index;
        var zone = SandboxTimeZones.Load(city.TimeZoneId);
        if (index == 0)
        {
            // The documented ids (DOC: building 71, site 900000222, the v1 all- group); the
            // name, zone and capacity are sandbox choices (CHOICES.md).
            return new DemoBuilding(buildingId, "Demo Building", DemoSiteId,
                $"{city.City} Campus 1", DemoGroupId, zone, city.Country, 400);
        }

        return new DemoBuilding(
            buildingId,
            $"{city.City} Building {inCity + 1}",
            DemoSiteId + (siteInCity * cities.Count) + (index % cities.Count),
            $"{city.City} Campus {siteInCity + 1}",
            "all-" + StableUuid($"building-{buildingId}"),
            zone,
            city.Country,
            Capacities[(int)(buildingId % Capacities.Length)]);
    }

    /// <summary>A UUID-shaped id fixed by its name, so a building keeps its group id.</summary>
    public static string StableUuid(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("innerspace-sandbox/" + name));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
