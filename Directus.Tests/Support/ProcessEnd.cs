using System.Diagnostics;

namespace Directus.Tests.Support;

public static class ProcessEnd
{
    /// <summary>Kills a process the test started, with its children, unless it has ended, waits for it, and disposes it.</summary>
    public static async Task KillAndDisposeAsync(this Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
