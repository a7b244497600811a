namespace InnerSpace.Sandbox.Data;

/// <summary>A city the portfolio places buildings in: its zone and ISO country code.</summary>
internal sealed record CityProfile(string City, string Country, string TimeZoneId)
{
    /// <summary>
    /// The cities in the order buildings are spread over them; Chicago comes first because
    /// the demo building is there. Both hemispheres and zones without summer time are covered.
    /// </summary>
    public static readonly IReadOnlyList<CityProfile> All =
    [
        new("Chicago", "US", SandboxTimeZones.Chicago),
        new("New York", "US", "America/New_York"),
        new("London", "GB", "Europe/London"),
        new("Berlin", "DE", "Europe/Berlin"),
        new("Singapore", "SG", "Asia/Singapore"),
        new("Sydney", "AU", "Australia/Sydney"),
    ];
}
