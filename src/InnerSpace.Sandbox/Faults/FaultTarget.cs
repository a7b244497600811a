namespace InnerSpace.Sandbox.Faults;

/// <summary>The endpoint a fault hits: <c>"api"</c> or <c>"token"</c> in fault JSON.</summary>
internal enum FaultTarget
{
    /// <summary><c>/v2/api</c>, the default.</summary>
    Api,

    /// <summary><c>/v2/oauth/token</c>.</summary>
    Token,
}
