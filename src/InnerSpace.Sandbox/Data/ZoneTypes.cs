namespace InnerSpace.Sandbox.Data;

/// <summary>
/// The zone types the sandbox uses (AE names meeting rooms and desk areas as examples; the
/// others are sandbox choices), and how strongly each draws people at a local clock hour.
/// </summary>
internal static class ZoneTypes
{
    public const string DeskArea = "desk_area";

    public const string MeetingRoom = "meeting_room";

    public const string Kitchen = "kitchen";

    public const string Lobby = "lobby";

    public static readonly IReadOnlyList<string> All = [DeskArea, MeetingRoom, Kitchen, Lobby];

    /// <summary>
    /// Relative pull per seat: desks hold the day, meetings peak mid-morning and mid-afternoon,
    /// the kitchen at lunch, the lobby at arrival, departure and at night (the guards).
    /// </summary>
    public static double Pull(string zoneType, int localHour)
    {
        return zoneType switch
        {
            DeskArea => localHour is >= 8 and < 18 ? (localHour is 12 ? 0.7 : 1.0) : 0.2,
            MeetingRoom => localHour is 10 or 11 or 14 or 15 ? 1.6 : localHour is >= 9 and < 17
                ? 0.9
                : 0.05,
            Kitchen => localHour is 12 or 13 ? 2.2 : localHour is 9 or 15 ? 0.9 : 0.3,
            _ => localHour is 8 or 9 or 17 or 18 ? 1.4 : localHour is >= 7 and < 20 ? 0.5 : 3.0,
        };
    }
}
