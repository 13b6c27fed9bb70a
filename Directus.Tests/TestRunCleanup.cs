using Directus.Tests.Support;

namespace Directus.Tests;

/// <summary>When the whole run ends, removes what the run made once for all of its tests.</summary>
[SetUpFixture]
public sealed class TestRunCleanup
{
    [OneTimeTearDown]
    public void RemoveUnprivilegedServerFiles() => UnprivilegedServerFiles.RemoveIfPrepared();
}
