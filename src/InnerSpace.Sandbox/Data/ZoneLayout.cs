namespace InnerSpace.Sandbox.Data;

/// <summary>
/// Lays out a building's zones from its capacity: desk areas hold most seats, a few meeting
/// rooms, one or two kitchens and a lobby. Zone ids are the building id times 1000 plus a
/// running number (71001, 71002, ...). Seats add up to about 85% of the building's capacity;
/// the rest is corridors and other space no zone covers.
/// </summary>
internal static class ZoneLayout
{
    public static IReadOnlyList<DemoZone> For(long buildingId, int capacity)
    {
        var deskAreas = 2 + (capacity / 250);
        var meetingRooms = 2 + (capacity / 200);
        var kitchens = 1 + (capacity / 500);
        var deskSeats = (int)(capacity * 0.62) / deskAreas;
        var kitchenSeats = Math.Max(8, (int)(capacity * 0.08) / kitchens);

        var zones = new List<DemoZone>();
        void Add(string type, int seats) =>
            zones.Add(new DemoZone((buildingId * 1000) + zones.Count + 1, type, seats));

        for (var i = 0; i < deskAreas; i++)
        {
            Add(ZoneTypes.DeskArea, deskSeats);
        }

        for (var i = 0; i < meetingRooms; i++)
        {
            Add(ZoneTypes.MeetingRoom, i % 3 == 2 ? 14 : 8);
        }

        for (var i = 0; i < kitchens; i++)
        {
            Add(ZoneTypes.Kitchen, kitchenSeats);
        }

        Add(ZoneTypes.Lobby, Math.Max(10, capacity / 20));
        return zones;
    }
}
