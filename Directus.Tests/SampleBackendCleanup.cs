namespace Directus.Tests;

/// <summary>When the whole run ends, stops the sample host if a test started it (<see cref="Support.SampleBackend"/>).</summary>
[SetUpFixture]
public sealed class SampleBackendCleanup
{
    [OneTimeTearDown]
    public Task StopSampleBackend() => Support.SampleBackend.StopIfStartedAsync();
}
