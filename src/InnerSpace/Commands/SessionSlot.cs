using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>The mutable holder a runspace keeps its default session in.</summary>
internal sealed class SessionSlot
{
    public InnerSpaceSession? Session { get; set; }
}
