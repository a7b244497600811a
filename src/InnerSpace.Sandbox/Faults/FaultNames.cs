namespace InnerSpace.Sandbox.Faults;

/// <summary>The spellings fault JSON uses for kinds and targets, in both directions.</summary>
internal static class FaultNames
{
    public static readonly IReadOnlyDictionary<string, FaultKind> Kinds =
        new Dictionary<string, FaultKind>(StringComparer.Ordinal)
        {
            ["status"] = FaultKind.Status,
            ["reset"] = FaultKind.Reset,
            ["truncate"] = FaultKind.Truncate,
            ["html"] = FaultKind.Html,
            ["delay"] = FaultKind.Delay,
            ["invalid-json"] = FaultKind.InvalidJson,
        };

    public static readonly IReadOnlyDictionary<string, FaultTarget> Targets =
        new Dictionary<string, FaultTarget>(StringComparer.Ordinal)
        {
            ["api"] = FaultTarget.Api,
            ["token"] = FaultTarget.Token,
        };

    public static string Of(FaultKind kind)
    {
        return Kinds.First(pair => pair.Value == kind).Key;
    }

    public static string Of(FaultTarget target)
    {
        return Targets.First(pair => pair.Value == target).Key;
    }
}
