using System.Management.Automation;

namespace InnerSpace.Commands;

/// <summary>
/// Ends the runspace's default session when the module is removed. .NET cannot unload the
/// assembly, so the per-runspace registry outlives Remove-Module; without this hook, an
/// Import-Module after Remove-Module would find the old session still connected and its
/// HTTP connections still open.
/// </summary>
public sealed class ModuleCleanup : IModuleAssemblyCleanup
{
    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        // Current is null when the runspace never connected, or when no runspace is set
        // on this thread; there is nothing to end then.
        if (SessionRegistry.Current is null)
        {
            return;
        }

        SessionRegistry.Replace(null)?.Dispose();
    }
}
