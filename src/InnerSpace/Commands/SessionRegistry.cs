using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using InnerSpace.Client;

namespace InnerSpace.Commands;

/// <summary>
/// The default session of each runspace. Keyed by the runspace itself, so that
/// Connect-InnerSpace in one runspace (a thread job, a -Parallel block) never replaces the
/// session of another, and a closed runspace's entry goes with it.
/// </summary>
internal static class SessionRegistry
{
    private static readonly ConditionalWeakTable<Runspace, SessionSlot> Slots = new();

    public static InnerSpaceSession? Current
    {
        get
        {
            var runspace = Runspace.DefaultRunspace;
            return runspace is not null && Slots.TryGetValue(runspace, out var slot)
                ? slot.Session
                : null;
        }
    }

    /// <summary>Makes a session the default of the calling runspace; returns the one it replaces.</summary>
    public static InnerSpaceSession? Replace(InnerSpaceSession? session)
    {
        var slot = Slots.GetValue(Runspace.DefaultRunspace, _ => new SessionSlot());
        var previous = slot.Session;
        slot.Session = session;
        return previous;
    }
}
