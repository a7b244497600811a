namespace InnerSpace.Sandbox.Auth;

/// <summary>
/// A client the token endpoint accepts, and the buildings its sessions may read. A null
/// <paramref name="Buildings"/> means every building (the demo client).
/// </summary>
internal sealed record ClientAccount(
    string ClientId,
    string ClientSecret,
    IReadOnlyList<long>? Buildings)
{
    // Records print every member by default; the secret must never reach a log or a message.
    public override string ToString()
    {
        var buildings = Buildings is null ? "all" : string.Join(",", Buildings);
        return $"ClientAccount {{ ClientId = {ClientId}, Buildings = {buildings} }}";
    }
}
